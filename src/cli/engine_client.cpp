#include "cli/engine_client.hpp"

#include "office/office_error.hpp"

namespace kinerja::cli {

EngineClient::EngineClient(const GlobalOptions& options) : session_(options.session_options()) {
  engine_.set(session_.create("org.kinerja.Engine"), css::uno::UNO_QUERY);
  if (!engine_.is()) {
    throw office::OfficeError("Layanan org.kinerja.Engine tidak menjawab: ekstensi Kinerja "
                              "tidak terpasang dengan benar.");
  }
}

}  // namespace kinerja::cli
