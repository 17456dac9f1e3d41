// The server's accounts as it holds them in memory (the auth_user table has the
// same rows): looked up by name at login and by id when Django's session names one.
#pragma once
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>
#include "base/text.h"

namespace cl::server {

struct User {
  long long id = 0;
  std::string username, password, display_name, auth_hash;  // password: the PBKDF2 field
  bool staff = false;
  Bilingual display;  // what the learner and the pages call them, per language (filled: the username by default)
};

class Users {
 public:
  void add(User user) {
    by_name_.emplace(user.username, users_.size());
    by_id_.emplace(std::to_string(user.id), users_.size());
    users_.push_back(std::move(user));
  }
  const User* named(const std::string& name) const { return at(by_name_, name); }
  // Django stores the id as text ("_auth_user_id": "1").
  const User* with_id(const std::string& id) const { return at(by_id_, id); }
  // A password change or a login edits the account in place (the indexes stay).
  User* edit(const std::string& name) { return const_cast<User*>(at(by_name_, name)); }
  const std::vector<User>& all() const { return users_; }

 private:
  const User* at(const std::unordered_map<std::string, std::size_t>& index, const std::string& k) const {
    auto it = index.find(k);
    return it == index.end() ? nullptr : &users_[it->second];
  }
  std::vector<User> users_;
  std::unordered_map<std::string, std::size_t> by_name_, by_id_;  // into users_
};

}  // namespace cl::server
