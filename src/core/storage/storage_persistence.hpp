#pragma once
// Whether the browser keeps the plans stored here until the user deletes them, when to ask it to,
// and how to tell the user. Browsers keep a site's storage "best effort" by default: they may
// clear it when space is short (and Safari after 7 days without a visit). Where the browser offers
// it (navigator.storage.persist()), the app asks for persistent storage; the platform asks and
// reports the answer, the decision is here.
#include <string>

namespace planner {

enum class StoragePersistence {
  unknown,      // the browser has not answered yet (it answers asynchronously)
  not_offered,  // no way to ask (older browsers, some file:// pages, the native tests' default)
  best_effort,  // the browser may clear stored plans when space is short; exports are the safety net
  persistent,   // kept until the user deletes them
};

// Whether to ask the browser now to keep storage for good. Only once one of the user's plans has
// been stored in this window (never on a blank first run or in the demo, when there is nothing of
// theirs to keep), only where the browser offers it and has not granted it already, and only once
// a session: Firefox asks the user with a prompt, and a refusal is an answer until the next visit.
bool should_request_persistence(StoragePersistence current, bool plan_stored, bool asked_already);

// One sentence on how long this browser keeps the plans, for where the app says where plans are
// kept (the save state's tooltip, the plan list); empty while the browser has not answered.
std::string persistence_note(StoragePersistence persistence);

}  // namespace planner
