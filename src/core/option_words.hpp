// The words staff type for the per-indicator options, in Indonesian and English,
// case-insensitive: used by the agreement reader and by the cell functions alike.
#pragma once

#include <optional>
#include <string_view>

#include "core/indicator.hpp"
#include "core/settings.hpp"

namespace kinerja::core {

std::optional<Polarity> parse_polarity(std::string_view word);          // positif / negatif
std::optional<Aggregation> parse_aggregation(std::string_view word);    // sum / jumlah, last / akhir, ...
std::optional<TargetKind> parse_target_kind(std::string_view word);     // per_tw / kumulatif
std::optional<RenstraTargetKind> parse_renstra_kind(std::string_view word);  // kondisi_akhir / kumulatif
std::optional<NegativeMethod> parse_negative_method(std::string_view word);  // selisih / rasio

// The canonical Indonesian word of each option, as written in the master workbook.
std::string_view word_of(Polarity value);
std::string_view word_of(Aggregation value);
std::string_view word_of(TargetKind value);
std::string_view word_of(RenstraTargetKind value);
std::string_view word_of(NegativeMethod value);

}  // namespace kinerja::core
