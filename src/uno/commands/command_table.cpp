#include <utility>

#include "uno/commands/commands.hpp"

namespace kinerja::uno {
namespace {

constexpr std::pair<std::string_view, CommandFunction> commands[] = {
    {"About", &about_command},
};

}  // namespace

CommandFunction find_command(std::string_view path) {
  for (const auto& [name, function] : commands) {
    if (name == path) return function;
  }
  return nullptr;
}

}  // namespace kinerja::uno
