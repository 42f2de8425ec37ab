#include "uno/addin/arguments.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include <cmath>

#include "core/numbers.hpp"
#include "uno/strings.hpp"

namespace kinerja::uno {
namespace {

// A cell range passed where one value is expected: a 1x1 range is its cell.
const css::uno::Any& single(const Values& values, const char* name) {
  if (values.getLength() == 1 && values[0].getLength() == 1) return values[0][0];
  bad_argument(std::string("argumen ") + name + " harus satu sel, bukan rentang");
}

const css::uno::Any& single(const css::uno::Any& value, const char* name) {
  Values values;
  return (value >>= values) ? single(values, name) : value;
}

}  // namespace

void bad_argument(const std::string& message) {
  throw css::lang::IllegalArgumentException(to_ou("Kinerja: " + message), {}, 0);
}

std::optional<double> number_argument(const Values& values, const char* name) {
  return number_argument(single(values, name), name);
}

std::optional<double> number_argument(const css::uno::Any& raw, const char* name) {
  const css::uno::Any& value = single(raw, name);
  if (!value.hasValue()) return std::nullopt;
  double number = 0;
  if (value >>= number) {
    if (!std::isfinite(number)) bad_argument(std::string("argumen ") + name + " bukan angka");
    return number;
  }
  rtl::OUString text;
  if (value >>= text) {
    const core::NumberReading reading = core::read_number(to_utf8(text));
    switch (reading.outcome) {
      case core::NumberReading::Outcome::empty: return std::nullopt;
      case core::NumberReading::Outcome::invalid:
        bad_argument(std::string("argumen ") + name + " \"" + to_utf8(text) + "\" bukan angka");
      case core::NumberReading::Outcome::number: return reading.value;
    }
  }
  bad_argument(std::string("argumen ") + name + " bukan angka");
}

std::optional<std::string> text_argument(const css::uno::Any& raw, const char* name) {
  const css::uno::Any& value = single(raw, name);
  if (!value.hasValue()) return std::nullopt;
  double number = 0;
  if ((value >>= number) && number == 0) return std::nullopt;  // an empty cell
  rtl::OUString text;
  if (!(value >>= text)) bad_argument(std::string("argumen ") + name + " harus teks");
  if (text.trim().isEmpty()) return std::nullopt;
  return to_utf8(text);
}

}  // namespace kinerja::uno
