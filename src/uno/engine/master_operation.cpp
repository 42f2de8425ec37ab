#include "uno/engine/master_operation.hpp"

namespace kinerja::uno {

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

MasterData read_data(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& name,
                     ResultBuilder& result) {
  MasterData data = read_master_data(document, name);
  result.add(data.master.problems);
  result.add(data.problems);
  return data;
}

}  // namespace kinerja::uno
