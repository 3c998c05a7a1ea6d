// The report's sections about reviews: the tripartite progress reviews with their sign-offs, and
// the mentor review (decisions, and comments by the item they are about).
#include <algorithm>
#include <map>

#include "core/exports/report_html.hpp"
#include "core/exports/report_sections.hpp"
#include "core/review/mentor_review.hpp"

namespace planner::report {
namespace {

std::string sign_off(const SignOff& sign_off) {
  if (!sign_off.signed_off) return status("Not signed off", "open");
  std::string out = status("Signed off", "done");
  if (!sign_off.name.empty()) out += " by " + user(sign_off.name);
  if (sign_off.date) out += " on " + day(*sign_off.date);
  return out;
}

std::string attendee(const Plan& plan, const std::string& who) {
  const std::string& name = who == "apprentice" ? plan.profile.apprentice
                            : who == "mentor"   ? plan.profile.mentor
                            : who == "tutor"    ? plan.profile.tutor
                                                : who;
  const std::string role = who == "apprentice" ? "Apprentice"
                           : who == "mentor"   ? "Mentor"
                           : who == "tutor"    ? "Tutor"
                                               : who;
  return name.empty() || name == who ? text(role) : text(role) + " (" + user(name) + ")";
}

}  // namespace

void progress_reviews(std::string& html, const Inputs& in) {
  open_section(html, "reviews", "Progress reviews", true);
  if (in.plan.reviews.empty()) {
    html += "<p>No tripartite progress review is planned yet.</p>\n";
    close_section(html);
    return;
  }
  Table table{"Tripartite progress reviews and their sign-offs",
              {"Review", "Attending", "Notes", "Actions", "Apprentice", "Mentor", "Tutor"},
              {}};
  for (const Review& review : in.plan.reviews) {
    std::string attending;
    for (const std::string& who : review.attendees)
      attending += (attending.empty() ? "" : ", ") + attendee(in.plan, who);
    std::string actions;
    if (!review.actions.empty()) {
      actions = "<ul>";
      for (const std::string& action : review.actions) actions += "<li>" + user(action) + "</li>";
      actions += "</ul>";
    }
    table.rows.push_back({day(review.date), attending, notes(review.notes), actions, sign_off(review.apprentice),
                          sign_off(review.mentor), sign_off(review.tutor)});
  }
  append(html, table);
  close_section(html);
}

void mentor_review(std::string& html, const Inputs& in) {
  const Plan& plan = in.plan;
  if (plan.review_decisions.empty() && plan.review_comments.empty()) return;
  open_section(html, "mentor-review", "Mentor review", false);

  if (!plan.review_decisions.empty()) {
    Table decisions{"Reviewers' decisions, the latest last", {"Reviewer", "Role", "Decision", "Date", "Summary"}, {}};
    for (const ReviewDecision& decision : plan.review_decisions) {
      decisions.rows.push_back(
          {user(decision.reviewer), user(decision.role),
           status(decision_label(decision.decision), decision.decision == kDecisionApproved ? "done" : "open"),
           day(decision.date), notes(decision.summary)});
    }
    append(html, decisions);
  }

  if (!plan.review_comments.empty()) {
    // Comments under their items, in the plan's order; comments on items the plan no longer has
    // come last, under the name the item had when the reviewer commented.
    std::map<std::string, std::vector<const ReviewComment*>> by_item;
    for (const ReviewComment& comment : plan.review_comments) by_item[comment.item].push_back(&comment);
    std::vector<std::pair<std::string, std::vector<const ReviewComment*>>> ordered;
    for (const ItemInfo& item : in.items.items()) {
      const auto found = by_item.find(item.ref);
      if (found == by_item.end()) continue;
      ordered.emplace_back(user(item.label), std::move(found->second));
      by_item.erase(found);
    }
    std::size_t missing = 0;
    for (auto& [ref, comments] : by_item) {
      missing += comments.size();
      const std::string& label = comments.front()->item_label.empty() ? ref : comments.front()->item_label;
      ordered.emplace_back(user(label) + " " + status("(no longer in the plan)", "missing"), std::move(comments));
    }
    const auto resolved = std::count_if(plan.review_comments.begin(), plan.review_comments.end(),
                                        [](const ReviewComment& c) { return c.resolved; });
    html +=
        "<p>" +
        text(
            count(plan.review_comments.size(), "comment", "comments") + ", " + std::to_string(resolved) + " resolved" +
            (missing > 0 ? ", " + count(missing, "on an item", "on items") + " no longer in the plan" : std::string()) +
            ".") +
        "</p>\n";
    Table comments{"Reviewers' comments by item", {"Item", "Comment", "By", "Date", "Status"}, {}};
    for (const auto& [label, list] : ordered) {
      for (const ReviewComment* comment : list) {
        comments.rows.push_back({label, notes(comment->text), user(comment->author), day(comment->date),
                                 comment->resolved ? status("Resolved", "resolved") : status("Open", "open")});
      }
    }
    append(html, comments);
  }
  close_section(html);
}

}  // namespace planner::report
