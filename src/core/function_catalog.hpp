// The one metadata table of the Kinerja cell functions: programmatic (method) name, display
// name, and the Function Wizard texts in Indonesian and English, as LibreOffice's own
// scaddins keep theirs. The display name is the same in every UI language, so a workbook
// reads the same for everyone.
#pragma once

#include <span>
#include <string_view>

#include "core/language.hpp"

namespace kinerja::core {

struct ArgumentInfo {
  LocalizedText name;
  LocalizedText description;
};

struct FunctionInfo {
  std::string_view method;        // stored in files as ORG.KINERJA.FUNCTIONS.<METHOD>: never changes
  std::string_view display_name;  // what users type, in every UI language
  LocalizedText description;
  std::span<const ArgumentInfo> arguments;
};

std::span<const FunctionInfo> function_catalog();
const FunctionInfo* find_by_method(std::string_view method);
const FunctionInfo* find_by_display_name(std::string_view display_name);  // case-insensitive

}  // namespace kinerja::core
