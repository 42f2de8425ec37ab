// The command environment handed to the office's extension manager when installing: it
// approves the "about to be installed" request that a person would confirm in the
// Extension Manager, and declines anything else.
#pragma once

#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/ucb/XCommandEnvironment.hpp>
#include <com/sun/star/ucb/XProgressHandler.hpp>
#include <cppuhelper/implbase2.hxx>

namespace kinerja::office {

class ApprovingEnvironment
    : public cppu::WeakImplHelper2<css::ucb::XCommandEnvironment, css::task::XInteractionHandler> {
 public:
  css::uno::Reference<css::task::XInteractionHandler> SAL_CALL getInteractionHandler() override;
  css::uno::Reference<css::ucb::XProgressHandler> SAL_CALL getProgressHandler() override;
  void SAL_CALL handle(const css::uno::Reference<css::task::XInteractionRequest>& request) override;
};

}  // namespace kinerja::office
