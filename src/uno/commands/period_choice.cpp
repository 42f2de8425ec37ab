#include "uno/commands/period_choice.hpp"

#include "core/dates.hpp"
#include "core/dialog_texts.hpp"
#include "core/outcome_messages.hpp"
#include "core/period.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using unobase::to_ou;

rtl::OUString PeriodChoices::label_of(const core::FormPeriod& period) const {
  for (std::size_t i = 0; i < periods.size(); ++i) {
    const bool same = period.month > 0 ? periods[i].month == period.month
                                       : periods[i].month == 0 && periods[i].quarter == period.quarter;
    if (same) return labels[i];
  }
  return labels.front();
}

core::FormPeriod PeriodChoices::period_of(const rtl::OUString& label) const {
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == label) return periods[i];
  }
  return periods.front();
}

PeriodChoices period_choices(const CommandContext& command) {
  PeriodChoices choices;
  for (int q = 1; q <= 4; ++q) {
    choices.labels.push_back(to_ou("TW " + std::string(core::roman(q))));
    choices.periods.push_back({q, 0});
  }
  for (int m = 1; m <= 12; ++m) {
    choices.labels.push_back(command.say(core::dialog_text::make_forms::months[m - 1]));
    choices.periods.push_back({0, m});
  }
  return choices;
}

RequestedPeriod requested_period(const CommandContext& command) {
  RequestedPeriod requested;
  if (const auto month = command.number("Month")) {
    requested.period.month = *month;
    if (!core::is_month(*month)) {
      requested.refused = CommandOutcome{false, command.say(core::outcome::forms_no_such_month(*month))};
    }
    return requested;
  }
  requested.period.quarter = command.number("Quarter").value_or(core::working_quarter_request);
  if (requested.period.quarter != core::working_quarter_request && !core::is_quarter(requested.period.quarter)) {
    requested.refused = CommandOutcome{false, command.say(core::outcome::no_quarter(requested.period.quarter))};
  }
  return requested;
}

}  // namespace kinerja::uno
