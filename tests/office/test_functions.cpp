// Every Kinerja cell function and its error cases, typed with setFormula in a real Calc;
// the same through FunctionAccess; a workbook saved as .ods and reopened keeps working.
#include <doctest/doctest.h>

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XFunctionAccess.hpp>
#include <com/sun/star/text/XText.hpp>

#include <cmath>
#include <limits>
#include <variant>

#include "office/profile.hpp"
#include "office_fixture.hpp"

using namespace kinerja::test;
using css::uno::Any;

namespace {

using Expected = std::variant<double, const char*, int>;  // number, text, or Calc error code

struct Case {
  const char* formula;
  Expected expected;
};

constexpr int NA = err_not_available;
constexpr int BAD = err_illegal_argument;

const Case cases[] = {
    // CAPAIAN
    {"=CAPAIAN(80;100)", 80.0},
    {"=CAPAIAN(61;50;\"negatif\")", 78.0},
    {"=CAPAIAN(61;50;\"NEGATIVE\";\"ratio\")", 50.0 / 61 * 100},
    {"=CAPAIAN(250;100;\"negatif\")", 0.0},  // floored at 0
    {"=CAPAIAN(\"\";100)", NA},
    {"=CAPAIAN(5;0)", BAD},
    {"=CAPAIAN(\"x\";5)", BAD},
    // PREDIKAT
    {"=PREDIKAT(91)", "Sangat Tinggi"},
    {"=PREDIKAT(90.99)", "Tinggi"},
    {"=PREDIKAT(66)", "Sedang"},
    {"=PREDIKAT(50.9)", "Sangat Rendah"},
    {"=PREDIKAT(\"92,5\")", "Sangat Tinggi"},
    {"=PREDIKAT(80;D1:E3)", "Baik"},
    {"=PREDIKAT(50;D1:E3)", "Kurang"},
    {"=PREDIKAT(\"\")", NA},
    {"=PREDIKAT(80;D1:D3)", BAD},  // one column only
    {"=PREDIKAT(\"tinggi\")", BAD},
    // AGREGASI over A5:D5 = 10, (empty), 0, 30
    {"=AGREGASI(A5:D5;\"sum\")", 40.0},
    {"=AGREGASI(A5:D5;\"Jumlah\";2)", 10.0},
    {"=AGREGASI(A5:D5;\"rata-rata\")", 40.0 / 3},  // a reported 0 counts, the empty quarter does not
    {"=AGREGASI(A5:D5;\"akhir\";3)", 0.0},
    {"=AGREGASI(A5:D5;\"last\";2)", 10.0},        // TW II empty: TW I is the latest
    {"=AGREGASI(A5:D5;\"maks\")", 30.0},
    {"=AGREGASI(A5:D5;\"min\")", 0.0},
    {"=AGREGASI(B5:B5;\"sum\")", NA},             // nothing reported
    {"=AGREGASI(A5:D5;\"median\")", BAD},
    {"=AGREGASI(A5:D5;\"sum\";5)", BAD},
    {"=AGREGASI(A5:D6;\"sum\")", BAD},            // two rows
    {"=AGREGASI(A5:E5;\"sum\")", BAD},            // five quarters
    // TARGET.SD over A7:D7 = 0, 100, 100, 100 (per_tw) and A8:D8 = 10, 25, 45, 60 (kumulatif)
    {"=TARGET.SD(A7:D7;3;\"sum\")", 200.0},
    {"=TARGET.SD(A7:D7;1;\"sum\")", 0.0},
    {"=TARGET.SD(A8:D8;3;\"sum\";\"kumulatif\")", 45.0},
    {"=TARGET.SD(A8:D8;2;\"average\";\"kumulatif\")", 25.0},
    {"=TARGET.SD(A7:D7;4;\"average\")", 75.0},
    {"=TARGET.SD(A7:D7;0;\"sum\")", BAD},
    {"=TARGET.SD(A7:D7;2;\"sum\";\"bulanan\")", BAD},
    {"=TARGET.SD(B5:B5;1;\"sum\")", NA},
    // STATUS.KINERJA
    {"=STATUS.KINERJA(100;100)", "Tercapai"},
    {"=STATUS.KINERJA(99;100)", "Tidak tercapai"},
    {"=STATUS.KINERJA(0;100)", "Tidak tercapai"},   // a reported 0
    {"=STATUS.KINERJA(\"\";100)", "Belum lapor"},
    {"=STATUS.KINERJA(5;\"\")", "Tidak ada target"},
    {"=STATUS.KINERJA(0;0)", "Tidak dapat dihitung"},
    {"=STATUS.KINERJA(44;50;\"negatif\")", "Tercapai"},
    {"=STATUS.KINERJA(\"x\";50)", BAD},
    // ANGKA
    {"=ANGKA(\"1.234,5\")", 1234.5},
    {"=ANGKA(\"1,5\")", 1.5},
    {"=ANGKA(\"85%\")", 85.0},
    {"=ANGKA(\"4.250\")", 4250.0},
    {"=ANGKA(12)", 12.0},
    {"=ANGKA(\"\")", NA},
    {"=ANGKA(\"dua\")", BAD},
    // CAPAIAN.RENSTRA: baseline 60, end target 100, realisasi 80: (80 - 60) / (100 - 60) = 50 %
    {"=CAPAIAN.RENSTRA(80;100;60)", 50.0},
    {"=CAPAIAN.RENSTRA(80;100)", 80.0},                       // no baseline: 80 / 100
    {"=CAPAIAN.RENSTRA(14;10;20;\"negatif\")", 60.0},         // (20 - 14) / (20 - 10)
    {"=CAPAIAN.RENSTRA(\"72,5\";100;\"50\")", 45.0},          // (72,5 - 50) / 50
    {"=CAPAIAN.RENSTRA(\"\";100;60)", NA},
    {"=CAPAIAN.RENSTRA(80;60;60)", BAD},                      // no way from the baseline to cover
    {"=CAPAIAN.RENSTRA(80;50;60)", BAD},                      // a positive plan aiming down
    // EFISIENSI: capaian - serapan against 5 points (or the margin given)
    {"=EFISIENSI(95;85)", "Efisien"},                         // 10 points ahead
    {"=EFISIENSI(90;85)", "Cukup Efisien"},                   // exactly 5: within
    {"=EFISIENSI(79.99;85)", "Tidak Efisien"},
    {"=EFISIENSI(95;85;10)", "Cukup Efisien"},
    {"=EFISIENSI(\"\";85)", NA},
    {"=EFISIENSI(95;85;-1)", BAD},
    {"=EFISIENSI(\"banyak\";85)", BAD},
};

void fill_inputs(Workbook& book) {
  const auto text = [&](const char* a1, const char* value) { book.cell(a1)->setFormula(ou(value)); };
  const auto number = [&](const char* a1, double value) { book.cell(a1)->setValue(value); };
  number("D1", 90); text("E1", "Sangat Baik");
  number("D2", 75); text("E2", "Baik");
  number("D3", 0);  text("E3", "Kurang");
  number("A5", 10); number("C5", 0); number("D5", 30); number("E5", 1);
  number("A6", 1);
  number("A7", 0); number("B7", 100); number("C7", 100); number("D7", 100);
  number("A8", 10); number("B8", 25); number("C8", 45); number("D8", 60);
}

void check(const Expected& expected, const FormulaValue& got) {
  if (const auto* number = std::get_if<double>(&expected)) {
    CHECK(got.error == 0);
    CHECK(got.number == doctest::Approx(*number).epsilon(1e-12));
  } else if (const auto* text = std::get_if<const char*>(&expected)) {
    CHECK(got.error == 0);
    CHECK(got.text == *text);
  } else {
    CHECK(got.error == std::get<int>(expected));
  }
}

}  // namespace

TEST_CASE("every function and error case, typed with setFormula after calculateAll") {
  Workbook book = Workbook::create();
  fill_inputs(book);
  for (const Case& c : cases) {
    CAPTURE(c.formula);
    check(c.expected, evaluate(book, c.formula));
  }
}

TEST_CASE("a workbook saved as .ods and reopened keeps working") {
  const std::filesystem::path dir = kinerja::office::make_temp_dir("kinerja-ods-test");
  const std::filesystem::path file = dir / "fungsi.ods";
  {
    Workbook book = Workbook::create();
    fill_inputs(book);
    for (std::size_t i = 0; i < std::size(cases); ++i) {
      book.cell("H" + std::to_string(i + 1))->setFormula(ou(cases[i].formula));
    }
    book.recalculate();
    book.store_as(file, "calc8");
  }
  {
    Workbook reopened = Workbook::load(file);
    reopened.recalculate();
    for (std::size_t i = 0; i < std::size(cases); ++i) {
      CAPTURE(cases[i].formula);
      const auto cell = reopened.cell("H" + std::to_string(i + 1));
      FormulaValue got;
      got.error = cell->getError();
      got.number = cell->getValue();
      got.text = utf8(css::uno::Reference<css::text::XText>(cell, css::uno::UNO_QUERY_THROW)->getString());
      check(cases[i].expected, got);
    }
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("the same functions through com.sun.star.sheet.FunctionAccess") {
  css::uno::Reference<css::sheet::XFunctionAccess> functions(
      office_session().create("com.sun.star.sheet.FunctionAccess"), css::uno::UNO_QUERY_THROW);
  const auto call = [&](const char* name, std::initializer_list<Any> arguments) {
    css::uno::Sequence<Any> sequence(static_cast<sal_Int32>(arguments.size()));
    std::copy(arguments.begin(), arguments.end(), sequence.getArray());
    return functions->callFunction(ou(name), sequence);
  };
  double number = 0;
  rtl::OUString text;
  REQUIRE((call("CAPAIAN", {Any(80.0), Any(100.0)}) >>= number));
  CHECK(number == doctest::Approx(80));
  REQUIRE((call("CAPAIAN", {Any(61.0), Any(50.0), Any(ou("negatif"))}) >>= number));
  CHECK(number == doctest::Approx(78));
  REQUIRE((call("PREDIKAT", {Any(77.0)}) >>= text));
  CHECK(utf8(text) == "Tinggi");
  REQUIRE((call("STATUS.KINERJA", {Any(ou("")), Any(100.0)}) >>= text));
  CHECK(utf8(text) == "Belum lapor");
  REQUIRE((call("ANGKA", {Any(ou("1.234,5"))}) >>= number));
  CHECK(number == 1234.5);
  // A range argument: a row of quarterly values with an empty quarter.
  css::uno::Sequence<Any> row(4);
  row.getArray()[0] <<= 10.0;
  row.getArray()[2] <<= 5.0;
  row.getArray()[3] <<= 7.0;
  css::uno::Sequence<css::uno::Sequence<Any>> values(&row, 1);
  REQUIRE((call("AGREGASI", {Any(values), Any(ou("sum")), Any(2.0)}) >>= number));
  CHECK(number == 10);
  REQUIRE((call("TARGET.SD", {Any(values), Any(4.0), Any(ou("last"))}) >>= number));
  CHECK(number == 7);
  CHECK_THROWS_AS(call("CAPAIAN", {Any(5.0), Any(0.0)}), css::lang::IllegalArgumentException);
}
