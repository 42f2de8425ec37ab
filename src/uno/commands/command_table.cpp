#include <utility>

#include "uno/commands/commands.hpp"
#include "uno/strings.hpp"

namespace kinerja::uno {
namespace {

constexpr std::pair<std::string_view, CommandFunction> commands[] = {
    {"NewMaster", &new_master_command},
    {"MakeForms", &make_forms_command},
    {"PullSubmissions", &pull_files_command},
    {"PullFolder", &pull_folder_command},
    {"About", &about_command},
};

}  // namespace

CommandFunction find_command(std::string_view path) {
  for (const auto& [name, function] : commands) {
    if (name == path) return function;
  }
  return nullptr;
}

std::optional<rtl::OUString> CommandContext::text(const char* name) const {
  for (const css::beans::PropertyValue& argument : arguments) {
    rtl::OUString value;
    if (argument.Name.equalsAscii(name) && (argument.Value >>= value) && !value.isEmpty()) return value;
  }
  return std::nullopt;
}

std::optional<sal_Int32> CommandContext::number(const char* name) const {
  for (const css::beans::PropertyValue& argument : arguments) {
    sal_Int32 value = 0;
    if (argument.Name.equalsAscii(name) && (argument.Value >>= value)) return value;
  }
  return std::nullopt;
}

CommandOutcome outcome_of(const org::kinerja::OperationResult& result) {
  rtl::OUString message = result.Summary;
  constexpr sal_Int32 shown = 15;
  for (sal_Int32 i = 0; i < result.Problems.getLength() && i < shown; ++i) {
    const org::kinerja::Problem& p = result.Problems[i];
    message += "\n" + (p.File.isEmpty() ? rtl::OUString() : p.File + ": ") +
               (p.Where.isEmpty() ? rtl::OUString() : p.Where + ": ") +
               (p.Severity == "error" ? rtl::OUString("Galat: ") : rtl::OUString("Peringatan: ")) + p.Message;
  }
  if (result.Problems.getLength() > shown) {
    message += "\n... " + rtl::OUString::number(result.Problems.getLength() - shown) + " masalah lagi.";
  }
  return {static_cast<bool>(result.Success), message};
}

}  // namespace kinerja::uno
