package config

import "strings"

// Starter returns a commented starter company file whose default language is lang, for
// "policygen init". Every field is explained for someone who has never edited YAML.
func Starter(lang string) []byte {
	return []byte(strings.ReplaceAll(starter, "LANG", lang))
}

const starter = `# yaml-language-server: $schema=https://policygen.dev/schema/company.json
#
# This is your company file. policygen turns it into your customer-service policy.
#
# How to edit it:
#   - Lines starting with # are notes for you; policygen ignores them.
#   - Each line is "field: value". Keep the spaces at the start of a line exactly as
#     they are: they show which section a field belongs to. Use spaces, never tabs.
#   - If a value contains a colon followed by a space, put it in "double quotes".
#   - Any text can be one sentence for every language, or one sentence per language:
#       vision:
#         en: Our vision in English.
#         pl: Nasza wizja po polsku.
#   - Times are written with a unit: 30s, 15 minutes, 4h, 1.5 hours, 2 days,
#     2 business days, 1 week.
#   - "How often" fields take one of: daily, weekly, monthly, quarterly, yearly.
#   - A section you do not need can be deleted; its text is then left out of the policy.
#
# Check your file with:  policygen validate
# Build the policy with: policygen build

# About your company. name, vision and mission are required.
company:
  name: Example Company Ltd
  # The short form used after the first mention, which defines it: Example Company Ltd
  # ("Example Company"). Leave out to use the name without its legal form.
  # short_name: Example
  # What you offer: the products or services only, no marketing claims or delivery area.
  # It completes the sentence "a leading provider of ...". Per language, write it in the
  # form that fits: Polish and Czech in the genitive ("ekologicznych artykułów",
  # "ekologických potřeb"), Finnish as a genitive phrase with nothing after the noun
  # ("ekologisten kodintarvikkeiden"), Chinese without a final 的-phrase.
  # A plain string is default_language text: the other languages get a warning.
  offering: practical software for small shops
  # Your website, starting with https://
  website: https://www.example.com
  # Where the company wants to be.
  vision: To be the company our customers recommend to their friends.
  # What the company does every day to get there.
  mission: We answer every customer quickly, politely and correctly.

# The languages to publish, as codes: en English, pl Polish, fi Finnish, cs Czech,
# zh Chinese. Add more between the brackets, separated by commas.
languages: [LANG]
# The language used when a text has no translation for another language.
default_language: LANG

# Who the policy covers and what it expects of them.
policy:
  applies_to: All employees who talk to customers, in any channel.
  expectations: Treat every customer with respect and keep the promised response times.
  # The day the policy takes effect, written as year-month-day.
  effective_date: 2026-01-01

# Where customers and staff can turn.
contacts:
  # The address customers and staff write to for help.
  support_email: support@example.com
  # The person who answers questions about this policy.
  policy_owner:
    name: Jane Smith
    role: Head of Customer Service
    email: jane.smith@example.com
    phone: +44 20 7946 0000
  # The customer-service manager, who signs the guidelines.
  manager:
    name: John Brown
    role: Customer Service Manager
    email: john.brown@example.com
    phone: +44 20 7946 0001

# How customers reach you and how fast you answer. Delete a channel you do not offer.
channels:
  phone:
    # How fast a call is answered. Here you may also count rings, e.g. 3 rings.
    answer_within: 3 rings
    voicemail_check_every: 1 hour
    voicemail_return_within: 4 hours
    # true if customers can ask to be called back, false if not.
    callback: true
    hours: Monday to Friday, 9:00 to 17:00
  email:
    respond_within: 4 hours
    # true if an automatic "we received your message" reply is sent.
    auto_reply: true
  live_chat:
    respond_within: 1 minute
    # true if customers can leave a message when no one is online.
    offline_message: true
    hours: Monday to Friday, 9:00 to 17:00
  in_person:
    # How fast a visitor is greeted.
    greet_within: 1 minute
  social_media:
    respond_within: 2 hours

# Questions from customers: how fast you confirm them and answer them in full.
inquiries:
  acknowledge_within: 1 hour
  respond_within: 1 business day

# How complaints are handled.
complaints:
  acknowledge_within: 24 hours
  respond_within: 5 business days
  # How often all complaints are reviewed together.
  review: monthly
  # The tool where complaints are logged.
  tracking_system: the help-desk system
  # A public review site you keep an eye on.
  review_site: Trustpilot

# Who takes over when a case cannot be solved at first contact.
escalation:
  resolve_within: 2 business days
  # List people from level 1 (contacted first) upwards. Each level once.
  contacts:
    - level: 1
      role: Team Leader
      name: Anna Green
      email: anna.green@example.com
      phone: +44 20 7946 0002
      # How to reach them: email or phone.
      contact_by: email
      available: Monday to Friday, 9:00 to 17:00
    - level: 2
      role: Customer Service Manager
      name: John Brown
      email: john.brown@example.com
      phone: +44 20 7946 0001
      contact_by: phone
      available: Monday to Friday, 9:00 to 17:00

# How you ask customers for their opinion.
feedback:
  # One line per method, each starting with "- ".
  methods:
    - a short email survey after each conversation
    - a rating button in the chat window
  survey: quarterly

# Training for customer-service staff.
training:
  onboarding: Two weeks of product training and working alongside experienced colleagues.
  refresher: yearly

# How service quality is measured.
performance:
  review: monthly
  # Choose from: first_response_time, resolution_time, first_contact_resolution,
  # csat (customer satisfaction), nps (net promoter score), complaint_rate.
  metrics:
    - first_response_time
    - csat

# The history of this policy, oldest first; the last entry is the current version.
# When you change the policy, add a new entry at the bottom with a new version number.
# Put version numbers in quotes.
revisions:
  - version: "1.0"
    date: 2026-01-01
    author: Jane Smith
    approved_by: John Brown
    changes:
      - First edition.
`
