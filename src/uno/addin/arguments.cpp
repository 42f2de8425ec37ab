#include "uno/addin/arguments.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include <cmath>

#include "core/numbers.hpp"
#include "core/option_words.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;
namespace {

using Values = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

std::string named(const char* name, const std::string& what) {
  return std::string("argumen ") + name + " " + what;
}

// Whether an argument is a range. Checked by type class first: extracting a sequence from an
// Any of another type costs a type-library lookup under a global lock, on every call.
bool is_range(const css::uno::Any& value) {
  return value.getValueTypeClass() == css::uno::TypeClass_SEQUENCE;
}

// The cells of a range, row by row; a single value is a range of one cell.
std::vector<css::uno::Any> cells_of(const css::uno::Any& value) {
  Values rows;
  if (!is_range(value) || !(value >>= rows)) return {value};
  std::vector<css::uno::Any> cells;
  for (const auto& row : rows) {
    for (const auto& cell : row) cells.push_back(cell);
  }
  return cells;
}

// One value: a 1x1 range is its cell.
css::uno::Any single(const css::uno::Any& value, const char* name) {
  Values rows;
  if (!is_range(value) || !(value >>= rows)) return value;
  if (rows.getLength() == 1 && rows[0].getLength() == 1) return rows[0][0];
  bad_argument(named(name, "harus satu sel, bukan rentang"));
}

std::optional<double> number_of(const css::uno::Any& value, const char* name) {
  if (!value.hasValue()) return std::nullopt;
  double number = 0;
  if (value >>= number) {
    if (!std::isfinite(number)) bad_argument(named(name, "bukan angka"));
    return number;
  }
  rtl::OUString text;
  if (!(value >>= text)) bad_argument(named(name, "bukan angka"));
  const core::NumberReading reading = core::read_number(to_utf8(text));
  switch (reading.outcome) {
    case core::NumberReading::Outcome::empty: return std::nullopt;
    case core::NumberReading::Outcome::invalid:
      bad_argument(named(name, "\"" + to_utf8(text) + "\" bukan angka"));
    case core::NumberReading::Outcome::number: break;
  }
  return reading.value;
}

template <typename T, typename Parse>
T option_argument(const css::uno::Any& value, const char* name, T fallback, Parse parse,
                  const char* allowed) {
  const auto word = text_argument(value, name);
  if (!word) return fallback;
  const auto parsed = parse(*word);
  if (!parsed) bad_argument(named(name, "\"" + *word + "\" tidak dikenal (" + allowed + ")"));
  return *parsed;
}

}  // namespace

css::uno::Any value_of(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& cells) {
  if (cells.getLength() == 1 && cells[0].getLength() == 1) return cells[0][0];
  return css::uno::Any(cells);
}

void bad_argument(const std::string& message) {
  throw css::lang::IllegalArgumentException(to_ou("Kinerja: " + message), {}, 0);
}

std::optional<double> number_argument(const css::uno::Any& value, const char* name) {
  return number_of(single(value, name), name);
}

std::optional<std::string> text_argument(const css::uno::Any& raw, const char* name) {
  const css::uno::Any value = single(raw, name);
  if (!value.hasValue()) return std::nullopt;
  double number = 0;
  if (value >>= number) {
    if (number == 0) return std::nullopt;  // an empty cell
    bad_argument(named(name, "harus teks"));
  }
  rtl::OUString text;
  if (!(value >>= text)) bad_argument(named(name, "harus teks"));
  if (text.trim().isEmpty()) return std::nullopt;
  return to_utf8(text);
}

std::optional<int> whole_argument(const css::uno::Any& value, const char* name, int low, int high) {
  const std::optional<double> number = number_argument(value, name);
  if (!number || *number == 0) return std::nullopt;
  if (*number != std::floor(*number) || *number < low || *number > high) {
    bad_argument(named(name, "harus bilangan bulat " + std::to_string(low) + " sampai " +
                                 std::to_string(high)));
  }
  return static_cast<int>(*number);
}

core::QuarterValues quarter_values_argument(const css::uno::Any& value, const char* name,
                                            std::size_t* count) {
  const std::vector<css::uno::Any> cells = cells_of(value);
  Values rows;
  if (is_range(value) && (value >>= rows) && rows.getLength() > 1 && rows[0].getLength() > 1) {
    bad_argument(named(name, "harus satu baris atau satu kolom"));
  }
  if (cells.size() > 4) bad_argument(named(name, "paling banyak 4 sel (TW I sampai TW IV)"));
  core::QuarterValues values;
  for (std::size_t i = 0; i < cells.size(); ++i) values[i] = number_of(cells[i], name);
  if (count != nullptr) *count = cells.size();
  return values;
}

core::RatingScale rating_scale_argument(const css::uno::Any& value, const char* name) {
  if (!value.hasValue()) return core::RatingScale::standard();
  Values rows;
  if (!is_range(value) || !(value >>= rows)) {
    double number = 0;
    if ((value >>= number) && number == 0) return core::RatingScale::standard();  // an empty cell
    bad_argument(named(name, "harus rentang dua kolom (batas bawah, predikat)"));
  }
  std::vector<core::RatingBand> bands;
  for (const auto& row : rows) {
    if (row.getLength() != 2) bad_argument(named(name, "harus rentang dua kolom (batas bawah, predikat)"));
    const std::optional<double> bound = number_of(row[0], name);
    rtl::OUString label;
    row[1] >>= label;
    if (!bound && label.trim().isEmpty()) continue;  // an empty row
    if (!bound || label.trim().isEmpty()) {
      bad_argument(named(name, "setiap baris perlu batas bawah dan predikat"));
    }
    bands.push_back({*bound, to_utf8(label.trim())});
  }
  if (bands.empty()) bad_argument(named(name, "tidak berisi predikat"));
  return core::RatingScale(std::move(bands));
}

core::Polarity polarity_argument(const css::uno::Any& value) {
  return option_argument(value, "polaritas", core::Polarity::positive, core::parse_polarity,
                         "positif/negatif");
}

core::NegativeMethod negative_method_argument(const css::uno::Any& value) {
  return option_argument(value, "metode_negatif", core::NegativeMethod::difference,
                         core::parse_negative_method, "selisih/rasio");
}

core::Aggregation aggregation_argument(const css::uno::Any& value) {
  const auto word = text_argument(value, "metode");
  if (!word) bad_argument("argumen metode wajib (sum, last, average, max, min)");
  return option_argument(value, "metode", core::Aggregation::sum, core::parse_aggregation,
                         "sum/jumlah, last/akhir, average/rata-rata, max/maks, min");
}

core::TargetKind target_kind_argument(const css::uno::Any& value) {
  return option_argument(value, "jenis_target", core::TargetKind::per_quarter, core::parse_target_kind,
                         "per_tw/kumulatif");
}

}  // namespace kinerja::uno
