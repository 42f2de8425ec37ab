// Lookups into an agreement by indicator code and by bidang, built once: a pull checks every
// row of every submission against them.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/agreement.hpp"

namespace kinerja::core {

class AgreementIndex {
 public:
  explicit AgreementIndex(const Agreement& agreement);

  const Agreement& agreement() const { return agreement_; }

  // The indicator with this code (any case, surrounding spaces ignored), or nullptr.
  const Indicator* find(std::string_view code) const;

  // The bidang as the agreement spells it (matched ignoring case and spacing), or nullptr.
  const std::string* division(std::string_view name) const;

  // The codes of a bidang's indicators, in the agreement's order.
  const std::vector<std::string>& codes_of(const std::string& division) const;

 private:
  const Agreement& agreement_;
  std::unordered_map<std::string, const Indicator*> by_code_;
  std::unordered_map<std::string, std::string> divisions_;               // folded -> as spelled
  std::unordered_map<std::string, std::vector<std::string>> codes_;      // as spelled -> codes
};

}  // namespace kinerja::core
