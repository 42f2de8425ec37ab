// Turning the add-in's `any` arguments into core values. Empty cells and omitted optional
// arguments arrive as void. Bad input throws IllegalArgumentException, which Calc shows as
// Err:502; never a silent 0.
#pragma once

#include <com/sun/star/uno/Any.hxx>

#include <optional>
#include <string>

namespace kinerja::uno {

using Values = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

// A number argument: a number, or a text typed the Indonesian way ("1.234,5", "85%"), as one
// cell (1x1). Void, an empty text or an empty cell: nullopt (not zero).
std::optional<double> number_argument(const Values& values, const char* name);
std::optional<double> number_argument(const css::uno::Any& value, const char* name);

// An optional text argument (option word): nullopt when omitted or empty. Calc passes an
// empty cell to an optional argument as the number 0: that counts as omitted too; any other
// number is an error.
std::optional<std::string> text_argument(const css::uno::Any& value, const char* name);

// Throws IllegalArgumentException (Err:502) with this message.
[[noreturn]] void bad_argument(const std::string& message);

}  // namespace kinerja::uno
