// A sentence for the user in both UI languages, built at run time: the engine says it, the
// menu shows it in the office's UI language, the CLI in Indonesian.
#pragma once

#include <string>

#include "core/language.hpp"

namespace kinerja::core {

struct Message {
  std::string id;
  std::string en;
  const std::string& in(Language language) const { return language == Language::english ? en : id; }
};

// The same words in both languages (a file name, a path).
inline Message both(const std::string& text) { return {text, text}; }

// a + b, language by language.
inline Message operator+(Message a, const Message& b) {
  a.id += b.id;
  a.en += b.en;
  return a;
}

// A decimal number as the language writes it: 95,25 in Indonesian, 95.25 in English.
std::string decimal_in(Language language, double value, int decimals = 2);

}  // namespace kinerja::core
