#include <utility>

#include "uno/commands/commands.hpp"
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include "core/master_layout.hpp"
#include "core/outcome_messages.hpp"

#include "unobase/document.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/problems.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;
namespace {

constexpr std::pair<std::string_view, CommandFunction> commands[] = {
    {"NewMaster", &new_master_command},
    {"MakeForms", &make_forms_command},
    {"SendForms", &send_forms_command},
    {"PullSubmissions", &pull_files_command},
    {"PullFolder", &pull_folder_command},
    {"ComputeRecap", &compute_recap_command},
    {"FlagTargets", &flag_targets_command},
    {"ReportQuarter", &report_quarter_command},
    {"ReportSemester", &report_semester_command},
    {"TakeHistory", &take_history_command},
    {"ReportYear", &report_year_command},
    {"ExportPdf", &export_pdf_command},
    {"ShareCopy", &share_copy_command},
    {"E81", &e81_command},
    {"About", &about_command},
};

}  // namespace

CommandFunction find_command(std::string_view path) {
  for (const auto& [name, function] : commands) {
    if (name == path) return function;
  }
  return nullptr;
}

OpenMaster open_master(const CommandContext& command) {
  OpenMaster master;
  if (!command.frame.is()) return master;
  css::uno::Reference<css::frame::XController> controller = command.frame->getController();
  css::uno::Reference<css::frame::XModel> model = controller.is() ? controller->getModel() : nullptr;
  master.document.set(model, css::uno::UNO_QUERY);
  if (!master.document.is()) return master;
  master.is_master = core::master_layout::is_master(sheet_names(master.document));
  master.url = model->getURL();
  master.name = master.url.isEmpty() ? std::string("buku induk") : file_name_of(master.url);
  return master;
}

rtl::OUString CommandContext::say(const core::LocalizedText& words) const {
  return to_ou(std::string(words.in(language)));
}

rtl::OUString CommandContext::say(const core::Message& message) const { return to_ou(message.in(language)); }

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

std::optional<bool> CommandContext::flag(const char* name) const {
  for (const css::beans::PropertyValue& argument : arguments) {
    bool value = false;
    if (argument.Name.equalsAscii(name) && (argument.Value >>= value)) return value;
  }
  return std::nullopt;
}

CommandOutcome outcome_of(const CommandContext& command, const org::kinerja::OperationResult& result) {
  rtl::OUString message = command.language == core::Language::english ? result.SummaryEnglish : result.Summary;
  constexpr sal_Int32 shown = 15;
  for (sal_Int32 i = 0; i < result.Problems.getLength() && i < shown; ++i) {
    message += "\n" + to_ou(core::describe(to_core(result.Problems[i]), command.language));
  }
  if (result.Problems.getLength() > shown) {
    message += "\n" + command.say(core::outcome::more_problems(result.Problems.getLength() - shown));
  }
  return {static_cast<bool>(result.Success), message};
}

}  // namespace kinerja::uno
