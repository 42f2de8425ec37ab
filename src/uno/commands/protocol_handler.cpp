#include "uno/commands/protocol_handler.hpp"

#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <com/sun/star/frame/XModel.hpp>

#include <exception>
#include <optional>

#include "core/office_words.hpp"
#include "core/menu_texts.hpp"
#include "uno/commands/commands.hpp"
#include "uno/commands/message_box.hpp"
#include "uno/sheets/undo_step.hpp"
#include "unobase/strings.hpp"
#include "unobase/ui_language.hpp"

namespace kinerja::uno {

using namespace unobase;

using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace {

OUString command_path(const css::util::URL& url) {
  const OUString prefix = OUString::createFromAscii(ProtocolHandler::protocol);
  return url.Complete.startsWith(prefix) ? url.Complete.copy(prefix.getLength()) : url.Path;
}

// Runs a command and shows its outcome; whatever happens inside, the office only ever sees
// an outcome. A command that needs a master is refused on any other document before it
// asks anything; messages name commands by their menu titles.
CommandOutcome run(CommandContext context, const css::util::URL& url) {
  const std::string path = to_utf8(command_path(url));
  context.language = ui_language(context.context);
  const core::MenuCommandInfo* info = core::find_menu_command(path);
  const CommandFunction command = find_command(path);
  CommandOutcome outcome;
  const OpenMaster master = info && info->needs_master ? open_master(context) : OpenMaster{};
  if (!info || !command) {
    outcome = {false, context.say(core::menu_text::unknown_command) + ": " + to_ou(path)};
  } else if (info->needs_master && !master.is_master) {
    outcome = {false, context.say(core::menu_text::not_a_master)};
  } else {
    const OUString failed = context.say(info->title) + " " + context.say(core::menu_text::failed) + ": ";
    try {
      std::optional<UndoStep> step;  // on the master: one undo entry for all the command does
      if (info->needs_master) step.emplace(Reference<css::frame::XModel>(master.document, css::uno::UNO_QUERY), context.say(info->title));
      outcome = command(context);
    } catch (const css::uno::Exception& e) {
      // Our sentences as they are; LibreOffice's own words without their source locations.
      outcome = {false, failed + to_ou(core::without_source_locations(to_utf8(e.Message)))};
    } catch (const std::exception& e) {
      outcome = {false, failed + to_ou(e.what())};
    } catch (...) {
      outcome = {false, failed + context.say(core::menu_text::internal_error)};
    }
  }
  if (outcome.show) {
    try {
      show_message(context.context, context.frame,
                   outcome.success ? css::awt::MessageBoxType_INFOBOX : css::awt::MessageBoxType_ERRORBOX,
                   "Kinerja", outcome.message);
    } catch (...) {  // the message box itself failed: the outcome still reports it
    }
  }
  return outcome;
}

}  // namespace

ProtocolHandler::ProtocolHandler(const Reference<css::uno::XComponentContext>& context)
    : context_(context) {}

Sequence<OUString> ProtocolHandler::service_names() {
  return ascii_names({"com.sun.star.frame.ProtocolHandler"});
}

void ProtocolHandler::initialize(const Sequence<css::uno::Any>& arguments) {
  for (const css::uno::Any& argument : arguments) {
    Reference<css::frame::XFrame> frame;
    if (argument >>= frame) frame_ = frame;
  }
}

Reference<css::frame::XDispatch> ProtocolHandler::queryDispatch(const css::util::URL& url,
                                                                const OUString&, sal_Int32) {
  if (!url.Complete.startsWithIgnoreAsciiCase(OUString::createFromAscii(protocol))) return {};
  return this;
}

Sequence<Reference<css::frame::XDispatch>> ProtocolHandler::queryDispatches(
    const Sequence<css::frame::DispatchDescriptor>& requests) {
  Sequence<Reference<css::frame::XDispatch>> out(requests.getLength());
  auto* dispatches = out.getArray();
  for (sal_Int32 i = 0; i < requests.getLength(); ++i) {
    dispatches[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
  }
  return out;
}

void ProtocolHandler::dispatch(const css::util::URL& url, const Sequence<css::beans::PropertyValue>& arguments) {
  run({context_, frame_, arguments}, url);
}

void ProtocolHandler::dispatchWithNotification(
    const css::util::URL& url, const Sequence<css::beans::PropertyValue>& arguments,
    const Reference<css::frame::XDispatchResultListener>& listener) {
  const CommandOutcome outcome = run({context_, frame_, arguments}, url);
  if (!listener.is()) return;
  css::frame::DispatchResultEvent event;
  event.Source = static_cast<cppu::OWeakObject*>(this);
  event.State = outcome.success ? css::frame::DispatchResultState::SUCCESS
                                : css::frame::DispatchResultState::FAILURE;
  event.Result <<= outcome.message;
  try {
    listener->dispatchFinished(event);
  } catch (const css::uno::Exception&) {  // a listener that went away: nothing to tell
  }
}

void ProtocolHandler::addStatusListener(const Reference<css::frame::XStatusListener>&,
                                        const css::util::URL&) {}

void ProtocolHandler::removeStatusListener(const Reference<css::frame::XStatusListener>&,
                                           const css::util::URL&) {}

OUString ProtocolHandler::getImplementationName() { return OUString::createFromAscii(implementation_name); }

sal_Bool ProtocolHandler::supportsService(const OUString& name) {
  return cppu::supportsService(this, name);
}

Sequence<OUString> ProtocolHandler::getSupportedServiceNames() { return service_names(); }

}  // namespace kinerja::uno
