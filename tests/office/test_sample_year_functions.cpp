// The cell functions agree with src/core on the sample year: for every indicator, the
// quarterly actuals and targets are typed into a sheet and each function is compared with
// what core computes (the master's recap uses core directly).
#include <doctest/doctest.h>

#include <com/sun/star/text/XText.hpp>

#include <string>

#include "core/option_words.hpp"
#include "core/status.hpp"
#include "csv_fixture.hpp"
#include "office_fixture.hpp"

using namespace kinerja::test;
using namespace kinerja::core;

namespace {

std::string literal(const std::optional<double>& value) {
  return value ? format_number(*value) : std::string("\"\"");
}

std::string quoted(std::string_view word) { return "\"" + std::string(word) + "\""; }

struct Check {
  std::string formula;
  std::optional<double> number;  // expected number (empty: #N/A expected)
  std::string text;              // expected text instead, when not empty
};

}  // namespace

TEST_CASE("cell functions agree with src/core on the sample year") {
  Workbook book = Workbook::create();
  const auto sheet = book.sheet();
  const Settings settings;
  std::vector<Check> checks;
  int row = 0;
  for (const Indicator& indicator : sample_agreement().indicators) {
    ++row;
    const auto found = sample_actuals().find(indicator.code);
    const QuarterValues actuals = found == sample_actuals().end() ? QuarterValues{} : found->second;
    for (int q = 0; q < 4; ++q) {
      if (actuals[static_cast<std::size_t>(q)]) {
        sheet->getCellByPosition(q, row)->setValue(*actuals[static_cast<std::size_t>(q)]);
      }
      if (indicator.quarter_targets[static_cast<std::size_t>(q)]) {
        sheet->getCellByPosition(4 + q, row)->setValue(*indicator.quarter_targets[static_cast<std::size_t>(q)]);
      }
    }
    const std::string r = std::to_string(row + 1);
    const std::string method = quoted(word_of(indicator.aggregation));
    const std::string polarity = quoted(word_of(indicator.polarity));
    const QuarterTargets targets = quarter_targets(indicator);
    for (int n = 1; n <= 4; ++n) {
      checks.push_back({"=AGREGASI(A" + r + ":D" + r + ";" + method + ";" + std::to_string(n) + ")",
                        aggregate(indicator.aggregation, actuals, 1, n).value, ""});
      checks.push_back({"=TARGET.SD(E" + r + ":H" + r + ";" + std::to_string(n) + ";" + method + ";" +
                            quoted(word_of(indicator.target_kind)) + ")",
                        targets.to_date[static_cast<std::size_t>(n - 1)], ""});
    }
    for (Period period : all_periods) {
      const Evaluation e = evaluate(indicator, targets, actuals, period, settings);
      const std::string args = literal(e.actual) + ";" + literal(e.target) + ";" + polarity;
      checks.push_back({"=STATUS.KINERJA(" + args + ")", std::nullopt, std::string(label_of(e.status))});
      if (e.achievement) {
        checks.push_back({"=CAPAIAN(" + args + ")", e.achievement, ""});
        checks.push_back({"=PREDIKAT(CAPAIAN(" + args + "))", std::nullopt, e.rating});
      }
    }
  }
  REQUIRE(checks.size() > 300);
  for (std::size_t i = 0; i < checks.size(); ++i) {
    sheet->getCellByPosition(10, static_cast<sal_Int32>(i))->setFormula(ou(checks[i].formula));
  }
  book.recalculate();
  for (std::size_t i = 0; i < checks.size(); ++i) {
    const Check& c = checks[i];
    CAPTURE(c.formula);
    const auto cell = sheet->getCellByPosition(10, static_cast<sal_Int32>(i));
    if (!c.text.empty()) {
      CHECK(cell->getError() == 0);
      CHECK(utf8(css::uno::Reference<css::text::XText>(cell, css::uno::UNO_QUERY_THROW)->getString()) == c.text);
    } else if (c.number) {
      CHECK(cell->getError() == 0);
      CHECK(cell->getValue() == doctest::Approx(*c.number).epsilon(1e-12));
    } else {
      CHECK(cell->getError() == err_not_available);
    }
  }
}
