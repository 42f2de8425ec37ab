#include "unobase/field_dialog.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>

#include <algorithm>

namespace kinerja::unobase {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

// Sizes in the dialog's own units (a fraction of the font): wide enough for an agency's
// name, a row per field.
constexpr sal_Int32 margin = 6;
constexpr sal_Int32 label_width = 90;
constexpr sal_Int32 field_width = 150;
constexpr sal_Int32 row_height = 14;
constexpr sal_Int32 row_gap = 4;
constexpr sal_Int32 intro_height = 24;
constexpr sal_Int32 button_width = 50;
constexpr sal_Int32 dialog_width = margin + label_width + margin + field_width + margin;

Reference<css::beans::XPropertySet> add_control(const Reference<css::lang::XMultiServiceFactory>& factory,
                                                const Reference<css::container::XNameContainer>& controls,
                                                const char* service, const OUString& name, sal_Int32 x, sal_Int32 y,
                                                sal_Int32 width, sal_Int32 height) {
  Reference<css::beans::XPropertySet> model(factory->createInstance(OUString::createFromAscii(service)), UNO_QUERY_THROW);
  model->setPropertyValue("PositionX", Any(x));
  model->setPropertyValue("PositionY", Any(y));
  model->setPropertyValue("Width", Any(width));
  model->setPropertyValue("Height", Any(height));
  controls->insertByName(name, Any(model));
  return model;
}

OUString field_name(std::size_t index) { return "field" + OUString::number(static_cast<sal_Int64>(index)); }

// Closes the dialog's window whatever happens while it is open.
struct Disposer {
  Reference<css::lang::XComponent> component;
  ~Disposer() {
    try {
      if (component.is()) component->dispose();
    } catch (...) {
    }
  }
};

}  // namespace

std::optional<std::vector<OUString>> ask_fields(const Reference<css::uno::XComponentContext>& context,
                                                const Reference<css::frame::XFrame>& frame, const DialogText& text,
                                                const std::vector<DialogField>& fields) {
  const auto manager = context->getServiceManager();
  Reference<css::beans::XPropertySet> dialog_model(
      manager->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel", context), UNO_QUERY_THROW);
  Reference<css::lang::XMultiServiceFactory> factory(dialog_model, UNO_QUERY_THROW);
  Reference<css::container::XNameContainer> controls(dialog_model, UNO_QUERY_THROW);

  sal_Int32 y = margin;
  if (!text.intro.isEmpty()) {
    auto intro = add_control(factory, controls, "com.sun.star.awt.UnoControlFixedTextModel", "intro", margin, y,
                             dialog_width - 2 * margin, intro_height);
    intro->setPropertyValue("Label", Any(text.intro));
    intro->setPropertyValue("MultiLine", Any(true));
    y += intro_height + row_gap;
  }
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const DialogField& field = fields[i];
    auto label = add_control(factory, controls, "com.sun.star.awt.UnoControlFixedTextModel", "label" + field_name(i),
                             margin, y + 2, label_width, row_height - 2);
    label->setPropertyValue("Label", Any(field.label));
    if (field.choices.empty()) {
      auto edit = add_control(factory, controls, "com.sun.star.awt.UnoControlEditModel", field_name(i),
                              margin + label_width + margin, y, field_width, row_height);
      edit->setPropertyValue("Text", Any(field.value));
    } else {
      auto list = add_control(factory, controls, "com.sun.star.awt.UnoControlListBoxModel", field_name(i),
                              margin + label_width + margin, y, field_width, row_height);
      list->setPropertyValue("Dropdown", Any(true));
      list->setPropertyValue("StringItemList",
                             Any(css::uno::Sequence<OUString>(field.choices.data(), static_cast<sal_Int32>(field.choices.size()))));
      const auto chosen = std::find(field.choices.begin(), field.choices.end(), field.value);
      const sal_Int16 index = static_cast<sal_Int16>(chosen == field.choices.end() ? 0 : chosen - field.choices.begin());
      list->setPropertyValue("SelectedItems", Any(css::uno::Sequence<sal_Int16>(&index, 1)));
    }
    y += row_height + row_gap;
  }
  y += row_gap;
  auto ok = add_control(factory, controls, "com.sun.star.awt.UnoControlButtonModel", "ok",
                        dialog_width - 2 * (button_width + margin), y, button_width, row_height);
  ok->setPropertyValue("Label", Any(text.ok));
  ok->setPropertyValue("PushButtonType", Any(static_cast<sal_Int16>(css::awt::PushButtonType_OK)));
  ok->setPropertyValue("DefaultButton", Any(true));
  auto cancel = add_control(factory, controls, "com.sun.star.awt.UnoControlButtonModel", "cancel",
                            dialog_width - (button_width + margin), y, button_width, row_height);
  cancel->setPropertyValue("Label", Any(text.cancel));
  cancel->setPropertyValue("PushButtonType", Any(static_cast<sal_Int16>(css::awt::PushButtonType_CANCEL)));
  y += row_height + margin;

  dialog_model->setPropertyValue("Title", Any(text.title));
  dialog_model->setPropertyValue("Width", Any(dialog_width));
  dialog_model->setPropertyValue("Height", Any(y));
  dialog_model->setPropertyValue("PositionX", Any(sal_Int32(60)));
  dialog_model->setPropertyValue("PositionY", Any(sal_Int32(40)));

  Reference<css::awt::XControl> dialog(
      manager->createInstanceWithContext("com.sun.star.awt.UnoControlDialog", context), UNO_QUERY_THROW);
  const Disposer disposer{Reference<css::lang::XComponent>(dialog, UNO_QUERY)};
  dialog->setModel(Reference<css::awt::XControlModel>(dialog_model, UNO_QUERY_THROW));
  Reference<css::awt::XWindowPeer> parent;
  if (frame.is()) parent.set(frame->getContainerWindow(), css::uno::UNO_QUERY);
  dialog->createPeer(Reference<css::awt::XToolkit>(css::awt::Toolkit::create(context), UNO_QUERY_THROW), parent);
  if (Reference<css::awt::XDialog>(dialog, UNO_QUERY_THROW)->execute() != css::ui::dialogs::ExecutableDialogResults::OK) {
    return std::nullopt;
  }
  Reference<css::awt::XControlContainer> container(dialog, UNO_QUERY_THROW);
  std::vector<OUString> values;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const auto control = container->getControl(field_name(i));
    if (fields[i].choices.empty()) {
      values.push_back(Reference<css::awt::XTextComponent>(control, UNO_QUERY_THROW)->getText());
    } else {
      values.push_back(Reference<css::awt::XListBox>(control, UNO_QUERY_THROW)->getSelectedItem());
    }
  }
  return values;
}

}  // namespace kinerja::unobase
