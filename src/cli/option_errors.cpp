#include "cli/option_errors.hpp"

namespace kinerja::cli {

namespace po = boost::program_options;

namespace {

// The error's own message with an Indonesian template: Boost fills in the option as the user
// wrote it (%canonical_option%), the value (%value%) and the token (%original_token%).
template <typename Error>
std::string said_as(const Error& error, const char* indonesian) {
  Error copy = error;
  copy.m_error_template = indonesian;
  return copy.what();
}

// What the option takes, from its help line: " (bulan, 1 sampai 12: ...)".
std::string help_of(const po::error_with_option_name& error, const po::options_description& options) {
  std::string name = error.get_option_name();
  while (!name.empty() && name.front() == '-') name.erase(0, 1);
  const po::option_description* option = name.empty() ? nullptr : options.find_nothrow(name, false);
  if (option == nullptr || option->description().empty()) return {};
  return " (" + option->description() + ")";
}

}  // namespace

std::string option_error_text(const po::error& error, const po::options_description& options) {
  if (const auto* e = dynamic_cast<const po::invalid_bool_value*>(&error)) {
    return said_as(*e, "nilai '%value%' untuk %canonical_option% tidak sah: pakai true atau false");
  }
  if (const auto* e = dynamic_cast<const po::invalid_option_value*>(&error)) {
    return said_as(*e, "nilai '%value%' untuk %canonical_option% tidak sah") + help_of(*e, options);
  }
  if (const auto* e = dynamic_cast<const po::validation_error*>(&error)) {
    switch (e->kind()) {
      case po::validation_error::multiple_values_not_allowed:
        return said_as(*e, "%canonical_option% hanya menerima satu nilai") + help_of(*e, options);
      case po::validation_error::at_least_one_value_required:
        return said_as(*e, "%canonical_option% memerlukan nilai") + help_of(*e, options);
      case po::validation_error::invalid_bool_value:
        return said_as(*e, "nilai untuk %canonical_option% tidak sah: pakai true atau false");
      default:
        return said_as(*e, "nilai untuk %canonical_option% tidak sah") + help_of(*e, options);
    }
  }
  if (const auto* e = dynamic_cast<const po::multiple_values*>(&error)) {
    return said_as(*e, "%canonical_option% hanya menerima satu nilai") + help_of(*e, options);
  }
  if (const auto* e = dynamic_cast<const po::required_option*>(&error)) {
    return said_as(*e, "%canonical_option% wajib diberikan") + help_of(*e, options);
  }
  if (const auto* e = dynamic_cast<const po::unknown_option*>(&error)) {
    return said_as(*e, "opsi %canonical_option% tidak dikenal");
  }
  if (const auto* e = dynamic_cast<const po::ambiguous_option*>(&error)) {
    return said_as(*e, "opsi %canonical_option% tidak jelas: tulis nama opsinya lengkap");
  }
  if (const auto* e = dynamic_cast<const po::multiple_occurrences*>(&error)) {
    return said_as(*e, "%canonical_option% diberikan lebih dari sekali");
  }
  if (const auto* e = dynamic_cast<const po::invalid_command_line_syntax*>(&error)) {
    switch (e->kind()) {
      case po::invalid_syntax::missing_parameter:
        return said_as(*e, "%canonical_option% memerlukan nilai") + help_of(*e, options);
      case po::invalid_syntax::extra_parameter:
        return said_as(*e, "%canonical_option% tidak menerima nilai");
      case po::invalid_syntax::empty_adjacent_parameter:
        return said_as(*e, "nilai untuk %canonical_option% harus langsung setelah tanda =");
      default:
        return said_as(*e, "penulisan opsi %canonical_option% tidak sah");
    }
  }
  if (dynamic_cast<const po::too_many_positional_options_error*>(&error) != nullptr) {
    return "terlalu banyak argumen tanpa nama opsi";
  }
  return "baris perintah tidak dapat dibaca";
}

}  // namespace kinerja::cli
