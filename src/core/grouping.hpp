// Rows grouped by a key (a goal, a bidang), the groups in the order their first row comes:
// the order of the agreement, as every report lists them.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace kinerja::core {

template <typename Row, typename Key>
std::vector<std::pair<std::string, std::vector<const Row*>>> groups_in_order(const std::vector<Row>& rows, Key&& key) {
  std::vector<std::pair<std::string, std::vector<const Row*>>> groups;
  std::map<std::string, std::size_t> index;
  for (const Row& row : rows) {
    std::string name = key(row);
    const auto [found, added] = index.emplace(name, groups.size());
    if (added) groups.emplace_back(std::move(name), std::vector<const Row*>{});
    groups[found->second].second.push_back(&row);
  }
  return groups;
}

}  // namespace kinerja::core
