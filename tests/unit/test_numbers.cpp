#include <doctest/doctest.h>

#include <cmath>

#include "core/numbers.hpp"

using namespace kinerja::core;
using Outcome = NumberReading::Outcome;

TEST_CASE("numbers as people type them in Indonesia") {
  const struct {
    const char* text;
    Outcome outcome;
    double value;
    bool percent;
    NumberWarning warning;
  } cases[] = {
      {"1.234,5", Outcome::number, 1234.5, false, NumberWarning::none},
      {"1,5", Outcome::number, 1.5, false, NumberWarning::none},
      {"0,25", Outcome::number, 0.25, false, NumberWarning::none},
      {",5", Outcome::number, 0.5, false, NumberWarning::none},
      {"85%", Outcome::number, 85, true, NumberWarning::none},
      {"85 %", Outcome::number, 85, true, NumberWarning::none},
      {"92,5%", Outcome::number, 92.5, true, NumberWarning::none},
      {"1.250", Outcome::number, 1250, false, NumberWarning::ambiguous_thousands},
      {"4.250", Outcome::number, 4250, false, NumberWarning::ambiguous_thousands},
      {"1.234.567", Outcome::number, 1234567, false, NumberWarning::none},
      {"1.234.567,89", Outcome::number, 1234567.89, false, NumberWarning::none},
      {"18.4", Outcome::number, 18.4, false, NumberWarning::none},    // cannot be a grouping
      {"41.75", Outcome::number, 41.75, false, NumberWarning::none},
      {"0.250", Outcome::number, 0.25, false, NumberWarning::none},   // a group never starts with 0
      {"5820.482", Outcome::number, 5820.482, false, NumberWarning::none},  // 4 digits cannot lead a group
      {"1,234.5", Outcome::number, 1234.5, false, NumberWarning::english_format},
      {"1,234,567", Outcome::number, 1234567, false, NumberWarning::english_format},
      {"  42  ", Outcome::number, 42, false, NumberWarning::none},
      {"\xC2\xA0" "7\xC2\xA0", Outcome::number, 7, false, NumberWarning::none},
      {"1 234,5", Outcome::number, 1234.5, false, NumberWarning::none},
      {"-3,5", Outcome::number, -3.5, false, NumberWarning::none},
      {"+12", Outcome::number, 12, false, NumberWarning::none},
      {"0", Outcome::number, 0, false, NumberWarning::none},
      {"", Outcome::empty, 0, false, NumberWarning::none},
      {"   ", Outcome::empty, 0, false, NumberWarning::none},
      {"abc", Outcome::invalid, 0, false, NumberWarning::none},
      {"12 kasus", Outcome::invalid, 0, false, NumberWarning::none},
      {"1.2.3", Outcome::invalid, 0, false, NumberWarning::none},
      {"1,2,3", Outcome::invalid, 0, false, NumberWarning::none},
      {"1,5,", Outcome::invalid, 0, false, NumberWarning::none},
      {"1.23.456", Outcome::invalid, 0, false, NumberWarning::none},
      {"1,234,5", Outcome::invalid, 0, false, NumberWarning::none},
      {"%", Outcome::invalid, 0, false, NumberWarning::none},
      {"-", Outcome::invalid, 0, false, NumberWarning::none},
      {"1e5", Outcome::invalid, 0, false, NumberWarning::none},
      {"=1+1", Outcome::invalid, 0, false, NumberWarning::none},
      {"12-", Outcome::invalid, 0, false, NumberWarning::none},
      {"5.", Outcome::invalid, 0, false, NumberWarning::none},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const NumberReading reading = read_number(c.text);
    CHECK(reading.outcome == c.outcome);
    if (c.outcome != Outcome::number) continue;
    CHECK(reading.value == doctest::Approx(c.value).epsilon(1e-15));
    CHECK(reading.percent_sign == c.percent);
    CHECK(reading.warning == c.warning);
  }
}

TEST_CASE("cells of an indicator: empty is not zero, percent cells, problems with addresses") {
  const Grid grid("Form", {{Empty{}, Number{0}, Number{0.85, NumberKind::percent}, std::string("85%"),
                            std::string("4.250"), std::string("banyak"), std::string("  ")}},
                  9, 4);
  CHECK_FALSE(read_cell_number(grid, 0, 0).value);
  CHECK_FALSE(read_cell_number(grid, 0, 0).problem);
  REQUIRE(read_cell_number(grid, 0, 1).value);
  CHECK(read_cell_number(grid, 0, 1).value == 0);
  CHECK(read_cell_number(grid, 0, 2).value.value_or(NAN) == doctest::Approx(85));
  CHECK(read_cell_number(grid, 0, 3).value == 85);
  const Grid excel("F", {{Number{0.962, NumberKind::percent}, Number{45000, NumberKind::date}}});
  CHECK(read_cell_number(excel, 0, 0).value == 96.2);  // exactly what was typed, not 96.19999999999999
  REQUIRE(read_cell_number(excel, 0, 1).problem);
  CHECK(read_cell_number(excel, 0, 1).problem->message == "Nilai berformat tanggal, bukan angka.");
  // Never near infinity: a percent cell of 1e307 would be 1e309 %; 1e308 twice is inf.
  const Grid huge("F", {{Number{1e307, NumberKind::percent}, Number{-1e308}, std::string("2.000.000.000.000.000"),
                         Number{1e15}, Number{-999999999999999.0}}});
  for (int c = 0; c < 3; ++c) {
    CAPTURE(c);
    CHECK_FALSE(read_cell_number(huge, 0, c).value);
    REQUIRE(read_cell_number(huge, 0, c).problem);
    CHECK(read_cell_number(huge, 0, c).problem->message.find("Nilai terlalu besar") == 0);
    CHECK(read_cell_number(huge, 0, c).problem->severity == Severity::error);
  }
  CHECK(read_cell_number(huge, 0, 0).problem->where == "F!A1");
  CHECK(read_cell_number(huge, 0, 3).value == 1e15);
  CHECK(read_cell_number(huge, 0, 4).value == -999999999999999.0);

  const CellNumber ambiguous = read_cell_number(grid, 0, 4);
  CHECK(ambiguous.value == 4250);
  REQUIRE(ambiguous.problem);
  CHECK(ambiguous.problem->severity == Severity::warning);
  CHECK(ambiguous.problem->where == "Form!I10");
  CHECK(ambiguous.problem->message.find("4250") != std::string::npos);

  const CellNumber text = read_cell_number(grid, 0, 5);
  CHECK_FALSE(text.value);
  REQUIRE(text.problem);
  CHECK(text.problem->severity == Severity::error);
  CHECK(text.problem->where == "Form!J10");
  CHECK(text.problem->message == "\"banyak\" bukan angka.");

  CHECK_FALSE(read_cell_number(grid, 0, 6).value);
  CHECK_FALSE(read_cell_number(grid, 0, 6).problem);
}
