// Turning the add-in's `any` arguments into core values. A range arrives as
// sequence<sequence<any>> (an empty cell in it is void); an omitted optional argument is
// void; Calc passes a reference to one empty cell as the number 0. Bad input throws
// IllegalArgumentException, which Calc shows as Err:502: never a silent 0.
#pragma once

#include <com/sun/star/uno/Any.hxx>

#include <optional>
#include <string>
#include <vector>

#include "core/indicator.hpp"
#include "core/rating.hpp"
#include "core/settings.hpp"

namespace kinerja::uno {

// A required argument (Cells in the IDL) as the optional ones arrive: one cell as its value
// (Calc passes a number or a text typed into the formula as one cell), a range as is.
css::uno::Any value_of(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& cells);

// Throws IllegalArgumentException (Err:502) with this message.
[[noreturn]] void bad_argument(const std::string& message);

// One value: a number, or a text typed the Indonesian way ("1.234,5", "85%"), or a 1x1
// range. Void, an empty text or an empty cell in a range: nullopt (not reported, not zero).
std::optional<double> number_argument(const css::uno::Any& value, const char* name);

// An optional text argument (an option word): nullopt when omitted or empty. The number 0
// (what Calc passes for an empty cell) counts as omitted; any other number is an error.
std::optional<std::string> text_argument(const css::uno::Any& value, const char* name);

// An optional whole number in [low, high]; nullopt when omitted (or 0, an empty cell).
std::optional<int> whole_argument(const css::uno::Any& value, const char* name, int low, int high);

// Up to four quarterly values, from a range of one row or one column (or one value), in
// order TW I..IV; empty cells stay empty.
core::QuarterValues quarter_values_argument(const css::uno::Any& value, const char* name,
                                            std::size_t* count = nullptr);

// A rating scale from a two-column range (lower bound, label); empty rows are skipped.
// Omitted: the standard scale.
core::RatingScale rating_scale_argument(const css::uno::Any& value, const char* name);

// The option words of the functions, with their defaults when omitted.
core::Polarity polarity_argument(const css::uno::Any& value);
core::NegativeMethod negative_method_argument(const css::uno::Any& value);
core::Aggregation aggregation_argument(const css::uno::Any& value);
core::TargetKind target_kind_argument(const css::uno::Any& value);

}  // namespace kinerja::uno
