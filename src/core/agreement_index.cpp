#include "core/agreement_index.hpp"

#include "core/text.hpp"

namespace kinerja::core {
AgreementIndex::AgreementIndex(const Agreement& agreement) : agreement_(agreement) {
  for (const Indicator& indicator : agreement.indicators) {
    by_code_.emplace(code_key(indicator.code), &indicator);
    divisions_.emplace(fold(indicator.division), indicator.division);
    codes_[indicator.division].push_back(indicator.code);
  }
}

const Indicator* AgreementIndex::find(std::string_view code) const {
  const auto found = by_code_.find(code_key(code));
  return found == by_code_.end() ? nullptr : found->second;
}

const std::string* AgreementIndex::division(std::string_view name) const {
  const auto found = divisions_.find(fold(name));
  return found == divisions_.end() ? nullptr : &found->second;
}

const std::vector<std::string>& AgreementIndex::codes_of(const std::string& division) const {
  static const std::vector<std::string> none;
  const auto found = codes_.find(division);
  return found == codes_.end() ? none : found->second;
}

}  // namespace kinerja::core
