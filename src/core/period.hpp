// The reporting periods of the SOP: the quarters (triwulan), the semesters, the periods to
// date (s.d. TW n) and the year, with their Indonesian labels.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace kinerja::core {

enum class Period { tw1, tw2, tw3, tw4, s1, s2, to_tw1, to_tw2, to_tw3, year };

// Every period, in the order of the recap: TW I..IV, Semester I, II, s.d. TW I..III, Tahunan.
inline constexpr std::array<Period, 10> all_periods = {
    Period::tw1, Period::tw2, Period::tw3,    Period::tw4,    Period::s1,
    Period::s2,  Period::to_tw1, Period::to_tw2, Period::to_tw3, Period::year};

struct QuarterRange {
  int first;  // 1..4
  int last;   // 1..4, >= first
};

QuarterRange quarters_of(Period period);

// "TW I", "Semester I", "s.d. TW II", "Tahunan".
std::string_view label_of(Period period);

// The short code used on the command line and in file names: tw1..tw4, s1, s2, sd1..sd3, year.
std::string_view code_of(Period period);

// Parses a code (tw2, s1, sd3, year/tahunan) or a label (TW II, Semester I), case-insensitive.
std::optional<Period> parse_period(std::string_view text);

// The period "TW n" and "s.d. TW n" (n = 4 is the year).
Period quarter_period(int quarter);
Period to_date_period(int quarter);

// Roman numeral of a quarter: I..IV.
std::string_view roman(int quarter);

// A quarter is 1..4. On the engine's interface and in the menu, quarter 0 asks for the
// master's working quarter (working_quarter in master_settings.hpp).
inline constexpr int working_quarter_request = 0;
constexpr bool is_quarter(int quarter) { return quarter >= 1 && quarter <= 4; }

// The semester a quarter belongs to: Semester I for TW I-II, Semester II for TW III-IV.
Period semester_of(int quarter);

// The periods a report is made for (the SOP's quarterly, semester and annual reports), in
// order: tw1..tw4, s1, s2, year.
inline constexpr std::array<Period, 7> report_periods = {Period::tw1, Period::tw2, Period::tw3, Period::tw4,
                                                         Period::s1,  Period::s2,  Period::year};

// A report period from a code or label (tw2, "TW II", s1, year, tahunan); a period to date
// (sd2, "s.d. TW II") asks for the quarter's report. nullopt for anything else.
std::optional<Period> parse_report_period(std::string_view text);

// "tw1, tw2, tw3, tw4, s1, s2, year": the codes parse_report_period takes, for messages.
std::string_view report_period_codes();

}  // namespace kinerja::core
