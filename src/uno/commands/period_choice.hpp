// The periods a form is made or sent for, as the menu's dialogs list them (TW I..TW IV, then
// the twelve months) and as a command's arguments ask for them (Month 1-12, else Quarter 1-4,
// default the working quarter).
#pragma once

#include <rtl/ustring.hxx>

#include <optional>
#include <vector>

#include "core/form.hpp"
#include "uno/commands/commands.hpp"

namespace kinerja::uno {

struct PeriodChoices {
  std::vector<rtl::OUString> labels;
  std::vector<core::FormPeriod> periods;

  rtl::OUString label_of(const core::FormPeriod& period) const;       // the first label when none matches
  core::FormPeriod period_of(const rtl::OUString& label) const;       // the first period when none matches
};

PeriodChoices period_choices(const CommandContext& command);

// The period of the Month or Quarter argument (quarter 0 when neither: the working quarter);
// an outcome refusing a month or quarter that is none.
struct RequestedPeriod {
  core::FormPeriod period;
  std::optional<CommandOutcome> refused;
};
RequestedPeriod requested_period(const CommandContext& command);

}  // namespace kinerja::uno
