#include "office/approving_environment.hpp"

#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionApprove.hpp>
#include <com/sun/star/task/XInteractionRequest.hpp>

namespace kinerja::office {

using css::uno::Reference;

Reference<css::task::XInteractionHandler> ApprovingEnvironment::getInteractionHandler() { return this; }

Reference<css::ucb::XProgressHandler> ApprovingEnvironment::getProgressHandler() { return {}; }

void ApprovingEnvironment::handle(const Reference<css::task::XInteractionRequest>& request) {
  const auto continuations = request->getContinuations();
  for (const auto& continuation : continuations) {
    Reference<css::task::XInteractionApprove> approve(continuation, css::uno::UNO_QUERY);
    if (approve.is()) {
      approve->select();
      return;
    }
  }
  for (const auto& continuation : continuations) {
    Reference<css::task::XInteractionAbort> abort(continuation, css::uno::UNO_QUERY);
    if (abort.is()) {
      abort->select();
      return;
    }
  }
}

}  // namespace kinerja::office
