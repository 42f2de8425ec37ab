// 100,000 CAPAIAN cells recalculated in a real headless Calc, against the same number of the
// equivalent built-in formula (an IF over the arithmetic), in the same run (target: at
// most 3x the built-in time). Prints both medians and the ratio.
//   bench_addin [cells] [runs]   (KINERJA_PROFILE: a prepared profile, else one is made)
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "office/session.hpp"

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

rtl::OUString ou(const std::string& s) { return rtl::OUString::createFromAscii(s.c_str()); }

// A hidden spreadsheet with actuals in A and targets in B, and `formula` (for row 1) filled
// down column C.
Reference<css::lang::XComponent> make_sheet(const Reference<css::uno::XComponentContext>& context,
                                            int cells, const std::string& formula) {
  css::beans::PropertyValue hidden;
  hidden.Name = "Hidden";
  hidden.Value <<= true;
  Reference<css::lang::XComponent> document = css::frame::Desktop::create(context)->loadComponentFromURL(
      "private:factory/scalc", "_blank", 0, css::uno::Sequence<css::beans::PropertyValue>(&hidden, 1));
  Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, UNO_QUERY_THROW);
  Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(), UNO_QUERY_THROW);
  Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(0), UNO_QUERY_THROW);

  std::mt19937 rng(1);
  std::uniform_real_distribution<double> value(1, 500);
  css::uno::Sequence<css::uno::Sequence<Any>> data(cells);
  for (int r = 0; r < cells; ++r) {
    css::uno::Sequence<Any> row(2);
    row.getArray()[0] <<= std::round(value(rng));
    row.getArray()[1] <<= std::round(value(rng));
    data.getArray()[r] = row;
  }
  const std::string last = std::to_string(cells);
  Reference<css::sheet::XCellRangeData>(sheet->getCellRangeByName(ou("A1:B" + last)), UNO_QUERY_THROW)
      ->setDataArray(data);
  sheet->getCellByPosition(2, 0)->setFormula(ou(formula));
  Reference<css::sheet::XCellSeries>(sheet->getCellRangeByName(ou("C1:C" + last)), UNO_QUERY_THROW)
      ->fillAuto(css::sheet::FillDirection_TO_BOTTOM, 1);
  return document;
}

double median_recalc_seconds(const Reference<css::lang::XComponent>& document, int runs) {
  Reference<css::sheet::XCalculatable> calculatable(document, UNO_QUERY_THROW);
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    calculatable->calculateAll();
    times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  const int cells = argc > 1 ? std::atoi(argv[1]) : 100000;
  const int runs = argc > 2 ? std::atoi(argv[2]) : 7;
  try {
    kinerja::office::Session session(
        kinerja::office::session_options_from_environment(KINERJA_BENCH_RDB, KINERJA_BENCH_OXT));
    const auto addin = make_sheet(session.context(), cells, "=CAPAIAN(A1;B1)");
    const auto builtin = make_sheet(session.context(), cells, "=IF(B1=0;NA();A1/B1*100)");
    median_recalc_seconds(addin, 1);  // warm up: the add-in is instantiated on first use
    median_recalc_seconds(builtin, 1);
    const double addin_s = median_recalc_seconds(addin, runs);
    const double builtin_s = median_recalc_seconds(builtin, runs);
    std::printf("recalc of %d cells (median of %d): CAPAIAN %.3f s, built-in IF %.3f s, ratio %.2fx "
                "[target <= 3x]\n",
                cells, runs, addin_s, builtin_s, addin_s / builtin_s);
    for (const auto& document : {addin, builtin}) {
      Reference<css::util::XCloseable>(document, UNO_QUERY_THROW)->close(true);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_addin: %s\n", e.what());
    return 1;
  } catch (const css::uno::Exception& e) {
    std::fprintf(stderr, "bench_addin: %s\n", rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr());
    return 1;
  }
  return 0;
}
