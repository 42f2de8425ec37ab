#include "core/numbers.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/text.hpp"

namespace kinerja::core {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Removes spaces (also no-break spaces) used as thousands separators: "1 234,5".
std::string without_spaces(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' || text[i] == '\t') continue;
    if (text.substr(i).starts_with("\xC2\xA0")) {
      ++i;
      continue;
    }
    out.push_back(text[i]);
  }
  return out;
}

// Digits grouped by `separator` in threes: "1.234.567" (first group 1-3 digits).
bool valid_grouping(std::string_view digits, char separator) {
  std::size_t group_start = 0;
  bool first = true;
  for (std::size_t i = 0; i <= digits.size(); ++i) {
    if (i < digits.size() && digits[i] != separator) {
      if (!is_digit(digits[i])) return false;
      continue;
    }
    const std::size_t length = i - group_start;
    if (first ? (length < 1 || length > 3) : length != 3) return false;
    first = false;
    group_start = i + 1;
  }
  return true;
}

std::string remove_char(std::string_view text, char c) {
  std::string out;
  for (char ch : text) {
    if (ch != c) out.push_back(ch);
  }
  return out;
}

bool all_digits(std::string_view text) {
  for (char c : text) {
    if (!is_digit(c)) return false;
  }
  return true;
}

// Splits at the decimal separator and checks the grouping of the integer part.
// Returns the plain "1234.5" form, or empty when the text is malformed.
std::string normalise(std::string_view body, char decimal, char grouping) {
  const std::size_t at = body.find(decimal);
  const std::string_view integer = at == std::string_view::npos ? body : body.substr(0, at);
  const std::string_view fraction =
      at == std::string_view::npos ? std::string_view{} : body.substr(at + 1);
  if (at != std::string_view::npos && fraction.find(decimal) != std::string_view::npos) return {};
  if (!all_digits(fraction)) return {};
  if (integer.find(grouping) != std::string_view::npos && !valid_grouping(integer, grouping)) {
    return {};
  }
  std::string plain = remove_char(integer, grouping);
  if (!all_digits(plain)) return {};
  if (plain.empty() && fraction.empty()) return {};
  if (plain.empty()) plain = "0";
  if (at != std::string_view::npos) {
    if (fraction.empty()) return {};
    plain += '.';
    plain += fraction;
  }
  return plain;
}

}  // namespace

NumberReading read_number(std::string_view text) {
  NumberReading reading;
  std::string body = without_spaces(trim(text));
  if (body.empty()) return reading;
  reading.outcome = NumberReading::Outcome::invalid;

  if (body.back() == '%') {
    reading.percent_sign = true;
    body.pop_back();
  }
  bool negative = false;
  if (!body.empty() && (body.front() == '-' || body.front() == '+')) {
    negative = body.front() == '-';
    body.erase(body.begin());
  }
  if (body.empty()) return reading;

  const std::size_t last_dot = body.rfind('.');
  const std::size_t last_comma = body.rfind(',');
  const std::size_t dots = static_cast<std::size_t>(std::count(body.begin(), body.end(), '.'));
  const std::size_t commas = static_cast<std::size_t>(std::count(body.begin(), body.end(), ','));

  std::string plain;
  if (dots > 0 && commas > 0) {
    if (last_comma > last_dot) {
      plain = normalise(body, ',', '.');  // Indonesian: 1.234,5
    } else {
      plain = normalise(body, '.', ',');  // English: 1,234.5
      reading.warning = NumberWarning::english_format;
    }
  } else if (commas > 0) {
    if (commas == 1) {
      plain = normalise(body, ',', '.');  // 1,5
    } else {
      plain = normalise(body, '.', ',');  // 1,234,567
      reading.warning = NumberWarning::english_format;
    }
  } else if (dots > 1) {
    plain = normalise(body, ',', '.');  // 1.234.567
  } else if (dots == 1) {
    const std::size_t after = body.size() - last_dot - 1;
    // A thousands group only when the part before the dot can lead a grouping (1-3 digits,
    // not starting with 0): "4.250" is 4250, "5820.482" and "0.250" are decimals.
    if (after == 3 && last_dot >= 1 && last_dot <= 3 && body.front() != '0') {
      plain = normalise(body, ',', '.');  // 4.250: thousands, but ambiguous
      reading.warning = NumberWarning::ambiguous_thousands;
    } else {
      plain = normalise(body, '.', ',');  // 18.4 cannot be a grouping: a decimal point
    }
  } else {
    plain = all_digits(body) ? body : std::string{};
  }
  if (plain.empty()) {
    reading.warning = NumberWarning::none;
    return reading;
  }
  double value = 0;
  const auto [end, error] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
  if (error != std::errc{} || end != plain.data() + plain.size() || !std::isfinite(value)) {
    reading.warning = NumberWarning::none;
    return reading;
  }
  reading.outcome = NumberReading::Outcome::number;
  reading.value = negative ? -value : value;
  return reading;
}

std::string indonesian_decimal(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  std::string text = format_number(std::round(value * scale) / scale);
  for (char& c : text) {
    if (c == '.') c = ',';
  }
  return text;
}

std::string rupiah(double value) {
  if (!std::isfinite(value)) return format_number(value);
  const double cents = std::round(std::fabs(value) * 100);
  const double whole = std::floor(cents / 100);
  const int sen = static_cast<int>(cents - whole * 100);
  char digits[64];
  std::snprintf(digits, sizeof digits, "%.0f", whole);
  std::string grouped;
  const std::string plain(digits);
  for (std::size_t i = 0; i < plain.size(); ++i) {
    if (i > 0 && (plain.size() - i) % 3 == 0) grouped += '.';
    grouped += plain[i];
  }
  if (sen != 0) grouped += "," + std::string(sen < 10 ? "0" : "") + std::to_string(sen);
  return (value < 0 && cents != 0 ? "-" : "") + grouped;
}

std::string warning_message(NumberWarning warning, std::string_view text, double value) {
  const std::string typed(trim(text));
  switch (warning) {
    case NumberWarning::none: return {};
    case NumberWarning::ambiguous_thousands:
      return "Angka \"" + typed + "\" dibaca sebagai " + format_number(value) +
             " (titik sebagai pemisah ribuan). Jika yang dimaksud angka desimal, tulis dengan koma, "
             "misalnya 4,25.";
    case NumberWarning::english_format:
      return "Angka \"" + typed + "\" ditulis dengan format Inggris dan dibaca sebagai " +
             format_number(value) + ". Periksa kembali nilainya.";
  }
  return {};
}

namespace {
constexpr const char* too_large_message =
    "Nilai terlalu besar (lebih dari seribu triliun): bukan realisasi atau target yang mungkin.";
}  // namespace

CellNumber read_cell_number(const Grid& grid, int row, int column) {
  CellNumber result;
  const Cell& cell = grid.at(row, column);
  if (const auto* number = std::get_if<Number>(&cell)) {
    if (!std::isfinite(number->value)) {
      result.problem = Problem{Severity::error, "Nilai bukan angka yang sah.", grid.address(row, column), {}};
      return result;
    }
    if (number->kind == NumberKind::date) {
      result.problem = Problem{Severity::error, "Nilai berformat tanggal, bukan angka.", grid.address(row, column), {}};
      return result;
    }
    // 96.2 % is stored as the fraction 0.962, whose x100 is 96.19999999999999: round off the
    // binary residue so that the value is the one the person typed.
    double value = number->value;
    if (number->kind == NumberKind::percent) {
      value *= 100.0;
      if (std::abs(value) < 1e6) value = std::round(value * 1e9) / 1e9;
    }
    if (!std::isfinite(value) || std::abs(value) > max_cell_magnitude) {
      result.problem = Problem{Severity::error, too_large_message, grid.address(row, column), {}};
      return result;
    }
    result.value = value;
    return result;
  }
  const auto* text = std::get_if<std::string>(&cell);
  if (text == nullptr) return result;
  const NumberReading reading = read_number(*text);
  switch (reading.outcome) {
    case NumberReading::Outcome::empty: return result;
    case NumberReading::Outcome::invalid:
      result.problem = Problem{Severity::error, "\"" + std::string(trim(*text)) + "\" bukan angka.",
                               grid.address(row, column), {}};
      return result;
    case NumberReading::Outcome::number: break;
  }
  if (std::abs(reading.value) > max_cell_magnitude) {
    result.problem = Problem{Severity::error, too_large_message, grid.address(row, column), {}};
    return result;
  }
  result.value = reading.value;
  if (reading.warning != NumberWarning::none) {
    result.problem = Problem{Severity::warning, warning_message(reading.warning, *text, reading.value),
                             grid.address(row, column), {}};
  }
  return result;
}

}  // namespace kinerja::core
