#include "core/period.hpp"

#include <string>

#include "core/text.hpp"

namespace kinerja::core {
namespace {

struct PeriodInfo {
  Period period;
  QuarterRange quarters;
  std::string_view label;
  std::string_view code;
};

constexpr PeriodInfo infos[] = {
    {Period::tw1, {1, 1}, "TW I", "tw1"},
    {Period::tw2, {2, 2}, "TW II", "tw2"},
    {Period::tw3, {3, 3}, "TW III", "tw3"},
    {Period::tw4, {4, 4}, "TW IV", "tw4"},
    {Period::s1, {1, 2}, "Semester I", "s1"},
    {Period::s2, {3, 4}, "Semester II", "s2"},
    {Period::to_tw1, {1, 1}, "s.d. TW I", "sd1"},
    {Period::to_tw2, {1, 2}, "s.d. TW II", "sd2"},
    {Period::to_tw3, {1, 3}, "s.d. TW III", "sd3"},
    {Period::year, {1, 4}, "Tahunan", "year"},
};

const PeriodInfo& info(Period period) { return infos[static_cast<int>(period)]; }

}  // namespace

QuarterRange quarters_of(Period period) { return info(period).quarters; }
std::string_view label_of(Period period) { return info(period).label; }
std::string_view code_of(Period period) { return info(period).code; }

std::optional<Period> parse_period(std::string_view text) {
  const std::string folded = fold(text);
  for (const PeriodInfo& candidate : infos) {
    if (folded == candidate.code || folded == fold(candidate.label)) return candidate.period;
  }
  if (folded == "tahunan" || folded == "tahun" || folded == "annual") return Period::year;
  if (folded == "semester 1") return Period::s1;
  if (folded == "semester 2") return Period::s2;
  return std::nullopt;
}

Period quarter_period(int quarter) { return static_cast<Period>(static_cast<int>(Period::tw1) + quarter - 1); }

Period to_date_period(int quarter) {
  return quarter >= 4 ? Period::year
                      : static_cast<Period>(static_cast<int>(Period::to_tw1) + quarter - 1);
}

Period semester_of(int quarter) { return quarter <= 2 ? Period::s1 : Period::s2; }

std::optional<Period> parse_report_period(std::string_view text) {
  const std::optional<Period> period = parse_period(text);
  if (!period) return std::nullopt;
  switch (*period) {
    case Period::to_tw1: return Period::tw1;
    case Period::to_tw2: return Period::tw2;
    case Period::to_tw3: return Period::tw3;
    default: return period;
  }
}

std::string_view report_period_codes() { return "tw1, tw2, tw3, tw4, s1, s2, year"; }

std::string_view roman(int quarter) {
  constexpr std::string_view numerals[] = {"I", "II", "III", "IV"};
  return (quarter >= 1 && quarter <= 4) ? numerals[quarter - 1] : "?";
}

}  // namespace kinerja::core
