#include "uno/engine/operation_result.hpp"

#include "unobase/problems.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

void ResultBuilder::add(const core::Problem& problem) {
  problems_.push_back(to_idl(problem));
  if (problem.severity == core::Severity::error) ++errors_;
}

void ResultBuilder::add(const std::vector<core::Problem>& problems) {
  for (const core::Problem& problem : problems) add(problem);
}

void ResultBuilder::add_file(const std::string& path) { files_.push_back(to_ou(path)); }

org::kinerja::OperationResult ResultBuilder::finish(bool success, const core::Message& summary) const {
  org::kinerja::OperationResult result;
  result.Success = success;
  result.Problems = css::uno::Sequence<org::kinerja::Problem>(problems_.data(), static_cast<sal_Int32>(problems_.size()));
  result.Files = css::uno::Sequence<rtl::OUString>(files_.data(), static_cast<sal_Int32>(files_.size()));
  result.Summary = to_ou(summary.id);
  result.SummaryEnglish = to_ou(summary.en);
  result.Rejected = rejected_;
  return result;
}

}  // namespace kinerja::uno
