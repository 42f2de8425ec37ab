// One `kinerja <command>`: its name, summary and how it runs. Each command parses its own
// options (Boost.Program_options) from the arguments after its name.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja::cli {

struct GlobalOptions;

struct Command {
  std::string_view name;
  std::string_view summary;  // Indonesian, one line
  int (*run)(const GlobalOptions& global, const std::vector<std::string>& arguments);
};

std::span<const Command> commands();

int run_demo(const GlobalOptions& global, const std::vector<std::string>& arguments);
int run_init(const GlobalOptions& global, const std::vector<std::string>& arguments);
int run_pull(const GlobalOptions& global, const std::vector<std::string>& arguments);
int run_rollup(const GlobalOptions& global, const std::vector<std::string>& arguments);
int run_history(const GlobalOptions& global, const std::vector<std::string>& arguments);
int run_report(const GlobalOptions& global, const std::vector<std::string>& arguments);
int run_share(const GlobalOptions& global, const std::vector<std::string>& arguments);
int run_e81(const GlobalOptions& global, const std::vector<std::string>& arguments);
int run_forms(const GlobalOptions& global, const std::vector<std::string>& arguments);
int run_eval(const GlobalOptions& global, const std::vector<std::string>& arguments);
int run_info(const GlobalOptions& global, const std::vector<std::string>& arguments);
int run_prepare_profile(const GlobalOptions& global, const std::vector<std::string>& arguments);

}  // namespace kinerja::cli
