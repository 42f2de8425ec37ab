#include "core/option_words.hpp"

#include <string>
#include <utility>

#include "core/text.hpp"

namespace kinerja::core {
namespace {

template <typename T, std::size_t N>
std::optional<T> lookup(std::string_view word, const std::pair<std::string_view, T> (&table)[N]) {
  std::string folded = fold(word);
  for (char& c : folded) {
    if (c == ' ' || c == '-') c = '_';
  }
  for (const auto& [name, value] : table) {
    if (folded == name) return value;
  }
  return std::nullopt;
}

constexpr std::pair<std::string_view, Polarity> polarity_words[] = {
    {"positif", Polarity::positive}, {"positive", Polarity::positive},
    {"+", Polarity::positive},       {"negatif", Polarity::negative},
    {"negative", Polarity::negative}, {"-", Polarity::negative},
};

constexpr std::pair<std::string_view, Aggregation> aggregation_words[] = {
    {"sum", Aggregation::sum},           {"jumlah", Aggregation::sum},
    {"total", Aggregation::sum},         {"kumulatif", Aggregation::sum},
    {"last", Aggregation::last},         {"akhir", Aggregation::last},
    {"terakhir", Aggregation::last},     {"average", Aggregation::average},
    {"rata_rata", Aggregation::average}, {"ratarata", Aggregation::average},
    {"rerata", Aggregation::average},
    {"mean", Aggregation::average},      {"max", Aggregation::max},
    {"maks", Aggregation::max},          {"maksimum", Aggregation::max},
    {"maximum", Aggregation::max},       {"tertinggi", Aggregation::max},
    {"min", Aggregation::min},           {"minimum", Aggregation::min},
    {"terendah", Aggregation::min},
};

constexpr std::pair<std::string_view, TargetKind> target_kind_words[] = {
    {"per_tw", TargetKind::per_quarter},      {"pertw", TargetKind::per_quarter},
    {"per_triwulan", TargetKind::per_quarter}, {"per_quarter", TargetKind::per_quarter},
    {"triwulanan", TargetKind::per_quarter},  {"kumulatif", TargetKind::cumulative},
    {"cumulative", TargetKind::cumulative},   {"sd_tw", TargetKind::cumulative},
};

constexpr std::pair<std::string_view, RenstraTargetKind> renstra_kind_words[] = {
    {"kondisi_akhir", RenstraTargetKind::end_state}, {"akhir", RenstraTargetKind::end_state},
    {"end_state", RenstraTargetKind::end_state},     {"level", RenstraTargetKind::end_state},
    {"kumulatif", RenstraTargetKind::cumulative},    {"cumulative", RenstraTargetKind::cumulative},
    {"jumlah", RenstraTargetKind::cumulative},
};

constexpr std::pair<std::string_view, NegativeMethod> negative_method_words[] = {
    {"selisih", NegativeMethod::difference}, {"difference", NegativeMethod::difference},
    {"rasio", NegativeMethod::ratio},        {"ratio", NegativeMethod::ratio},
};

}  // namespace

std::optional<Polarity> parse_polarity(std::string_view word) {
  return lookup(word, polarity_words);
}
std::optional<Aggregation> parse_aggregation(std::string_view word) {
  return lookup(word, aggregation_words);
}
std::optional<TargetKind> parse_target_kind(std::string_view word) {
  return lookup(word, target_kind_words);
}
std::optional<RenstraTargetKind> parse_renstra_kind(std::string_view word) {
  return lookup(word, renstra_kind_words);
}
std::optional<NegativeMethod> parse_negative_method(std::string_view word) {
  return lookup(word, negative_method_words);
}

std::string_view word_of(Polarity value) {
  return value == Polarity::positive ? "positif" : "negatif";
}

std::string_view word_of(Aggregation value) {
  switch (value) {
    case Aggregation::sum: return "sum";
    case Aggregation::last: return "last";
    case Aggregation::average: return "average";
    case Aggregation::max: return "max";
    case Aggregation::min: return "min";
  }
  return "sum";
}

std::string_view word_of(TargetKind value) {
  return value == TargetKind::per_quarter ? "per_tw" : "kumulatif";
}

std::string_view word_of(RenstraTargetKind value) {
  return value == RenstraTargetKind::end_state ? "kondisi_akhir" : "kumulatif";
}

std::string_view word_of(NegativeMethod value) {
  return value == NegativeMethod::difference ? "selisih" : "rasio";
}

}  // namespace kinerja::core
