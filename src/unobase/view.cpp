#include "unobase/view.hpp"

#include <com/sun/star/frame/XModel.hpp>

namespace kinerja::unobase {

using css::uno::Reference;
using css::uno::UNO_QUERY;

Reference<css::sheet::XSpreadsheetView> view_of(const Reference<css::sheet::XSpreadsheetDocument>& document) {
  const Reference<css::frame::XModel> model(document, UNO_QUERY);
  return Reference<css::sheet::XSpreadsheetView>(model.is() ? model->getCurrentController() : nullptr, UNO_QUERY);
}

void show_sheet(const Reference<css::sheet::XSpreadsheetDocument>& document,
                const Reference<css::sheet::XSpreadsheet>& sheet) {
  if (const auto view = view_of(document); view.is()) view->setActiveSheet(sheet);
}

}  // namespace kinerja::unobase
