// The CLI's way to the engine: a headless office session with the extension, and the
// org.kinerja.Engine service in it. Every command goes through the engine.
#pragma once

#include <org/kinerja/XEngine.hpp>

#include <memory>

#include "cli/global_options.hpp"
#include "office/session.hpp"
#include "unobase/strings.hpp"

namespace kinerja::cli {

class EngineClient {
 public:
  explicit EngineClient(const GlobalOptions& options);
  org::kinerja::XEngine& engine() const { return *engine_; }
  const css::uno::Reference<css::uno::XComponentContext>& context() const { return session_.context(); }
  const office::Session& session() const { return session_; }

 private:
  office::Session session_;
  css::uno::Reference<org::kinerja::XEngine> engine_;
};

using unobase::to_ou;
using unobase::to_utf8;

}  // namespace kinerja::cli
