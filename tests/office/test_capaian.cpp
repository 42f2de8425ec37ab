// CAPAIAN through a real Calc with the .oxt installed: typed with setFormula, and stored in
// a file as ORG.KINERJA.FUNCTIONS.CAPAIAN.
#include <doctest/doctest.h>

#include "office_fixture.hpp"

using namespace kinerja::test;

TEST_CASE("CAPAIAN typed with setFormula, after calculateAll") {
  Workbook book = Workbook::create();
  const struct {
    const char* formula;
    double expected;
  } cases[] = {
      {"=CAPAIAN(80;100)", 80},
      {"=CAPAIAN(121;120)", 121.0 / 120 * 100},
      {"=CAPAIAN(61;50;\"negatif\")", (2 * 50.0 - 61) / 50 * 100},
      {"=CAPAIAN(61;50;\"Negative\";\"rasio\")", 50.0 / 61 * 100},
      {"=CAPAIAN(0;0;\"negatif\")", 100},
      {"=CAPAIAN(\"1.234,5\";\"2.469\")", 1234.5 / 2469 * 100},
      {"=CAPAIAN(\"85%\";100)", 85},
      {"=capaian(45;50)", 90},
  };
  for (const auto& c : cases) {
    CAPTURE(c.formula);
    const FormulaValue value = evaluate(book, c.formula);
    CHECK(value.error == 0);
    CHECK(value.number == doctest::Approx(c.expected).epsilon(1e-12));
  }
}

TEST_CASE("CAPAIAN errors follow Calc's conventions") {
  Workbook book = Workbook::create();
  const struct {
    const char* formula;
    int error;
  } cases[] = {
      {"=CAPAIAN(5;0)", err_illegal_argument},               // positive target 0
      {"=CAPAIAN(\"banyak\";10)", err_illegal_argument},     // text that is not a number
      {"=CAPAIAN(5;10;\"naik\")", err_illegal_argument},     // unknown polarity
      {"=CAPAIAN(5;10;\"negatif\";\"median\")", err_illegal_argument},
      {"=CAPAIAN(0;10;\"negatif\";\"rasio\")", err_illegal_argument},
      {"=CAPAIAN(Z99:Z99;10)", err_not_available},           // an empty cell in a range: no data, not 0
      {"=CAPAIAN(5;Z98:Z98)", err_not_available},
      {"=CAPAIAN(\"\";10)", err_not_available},               // an empty text: not reported
      {"=CAPAIAN(IF(1;\"\");10)", err_not_available},
      {"=CAPAIAN(A2:A3;10)", err_illegal_argument},           // a range where one value belongs
  };
  for (const auto& c : cases) {
    CAPTURE(c.formula);
    CHECK(evaluate(book, c.formula).error == c.error);
  }
  // A cell holding 0 is a reported 0. (Calc passes a reference to one empty cell to any
  // add-in as 0 as well: see idl/org/kinerja/XFunctions.idl.)
  book.cell("B1")->setValue(0);
  CHECK(evaluate(book, "=CAPAIAN(B1;10)").number == 0);
  CHECK(evaluate(book, "=CAPAIAN(B1;10)").error == 0);
  // An empty cell as an optional option counts as omitted (positive).
  CHECK(evaluate(book, "=CAPAIAN(8;10;Z98;Z99)").number == doctest::Approx(80));
}

TEST_CASE("a .fods holding of:=ORG.KINERJA.FUNCTIONS.CAPAIAN(...) computes after loading") {
  Workbook book = Workbook::load(test_data("capaian.fods"));
  book.recalculate();
  CHECK(book.cell("A1")->getError() == 0);
  CHECK(book.cell("A1")->getValue() == doctest::Approx(80));
  // CAPAIAN(61;50;"negatif"), the difference method: (2 x 50 - 61) / 50 x 100 = 39 / 50 x 100 = 78.
  CHECK(book.cell("B1")->getValue() == doctest::Approx(78.0));
  CHECK(book.cell("C1")->getError() == err_illegal_argument);
  // The API shows an add-in formula by its stored (programmatic) name.
  CHECK(utf8(book.cell("A1")->getFormula()) == "=ORG.KINERJA.FUNCTIONS.CAPAIAN(80;100)");
}
