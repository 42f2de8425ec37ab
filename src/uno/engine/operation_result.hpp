// Building the engine's OperationResult from core problems.
#pragma once

#include <org/kinerja/OperationResult.hpp>

#include <string>
#include <vector>

#include "core/message.hpp"
#include "core/problem.hpp"

namespace kinerja::uno {

class ResultBuilder {
 public:
  void add(const core::Problem& problem);
  void add(const std::vector<core::Problem>& problems);
  void add_file(const std::string& path);
  void add_rejected(int count) { rejected_ += count; }
  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }

  org::kinerja::OperationResult finish(bool success, const core::Message& summary) const;

 private:
  std::vector<org::kinerja::Problem> problems_;
  std::vector<rtl::OUString> files_;
  int errors_ = 0;
  int rejected_ = 0;
};

}  // namespace kinerja::uno
