// The menu commands: what each org.kinerja:<Name> URL does. A command reports its outcome
// to the user (a message box; none when the office is headless) and returns it as the
// dispatch result, which is how tests and scripts see it.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string_view>

namespace kinerja::uno {

struct CommandContext {
  css::uno::Reference<css::uno::XComponentContext> context;
  css::uno::Reference<css::frame::XFrame> frame;
};

struct CommandOutcome {
  bool success = true;
  rtl::OUString message;  // shown to the user and returned as the dispatch result
};

using CommandFunction = CommandOutcome (*)(const CommandContext&);

// The command for the path of an org.kinerja: URL ("About"), or nullptr.
CommandFunction find_command(std::string_view path);

// The commands themselves, one file each.
CommandOutcome about_command(const CommandContext& context);

}  // namespace kinerja::uno
