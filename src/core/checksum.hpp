// A short, stable checksum (FNV-1a, 64 bit, as 16 hex digits): enough to recognise that a
// form was made for a given list of indicators. Not a security measure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kinerja::core {

std::string fnv1a_hex(std::string_view data);

// The checksum of an indicator list: codes in order, upper-cased, separated by '\n'.
std::string indicator_list_checksum(const std::vector<std::string>& codes);

}  // namespace kinerja::core
