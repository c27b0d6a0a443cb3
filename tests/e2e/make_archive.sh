#!/usr/bin/env bash
# make_archive.sh DIR N [FIRST]: writes N distinct, valid plain-text articles, numbered FIRST to
# FIRST+N-1 (FIRST defaults to 0), as DIR/<section>/<year>/NNNNNN-<town>-<topic>.txt, for the e2e
# tests that need an archive of a chosen size.
#
# Every article has the reference layout news-index reads (headline; blank line; "By NAME";
# "Published D Month YYYY HH:MM GMT"; paragraphs) and two quotes with a named speaker, so the
# dates, authors and people quoted are all exercised. The text is assembled from the invented word
# lists below by a fixed pseudo-random sequence seeded with the article number: the same number
# always gives the same bytes, on any machine and awk. Each article also carries the unique line
# "Filed under reference NA<number>.", so no two articles have the same bytes (a test that edits
# one in place without changing its length can swap "NA" for another two letters).
#
# Fast: one awk process writes every file (3,000 articles in about a tenth of a second).
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: make_archive.sh DIR N [FIRST]" >&2
  exit 2
fi
dir=$1
count=$2
first=${3:-0}

sections=(local business health science sport culture)
years=(2019 2020 2021 2022 2023 2024)
for section in "${sections[@]}"; do
  for year in "${years[@]}"; do
    mkdir -p "$dir/$section/$year"
  done
done

awk -v dir="$dir" -v count="$count" -v first="$first" \
  -v sections="${sections[*]}" -v years="${years[*]}" '
# Park-Miller minimal standard generator: exact in double arithmetic, so mawk and gawk agree.
function next_random() {
  state = (state * 16807) % 2147483647
  return state
}
function pick(list, n) { return list[next_random() % n + 1] }

BEGIN {
  n_sections = split(sections, section_names, " ")
  n_years = split(years, year_names, " ")
  n_towns = split("Bramholt Carrow Dunlery Eskwith Fennmoor Gallowick Harnsey Ilverton Jessop " \
    "Kelmarsh Lorrow Mistleby Norring Ottermere Pellbridge Quarley Ravensholt Saltcombe " \
    "Thornaby Ulverdale Wexcombe Yarrowby", towns, " ")
  n_topics = split("harbour library bridge school clinic railway market stadium reservoir " \
    "museum ferry tramline", topics, " ")
  n_verbs = split("approves|delays|rejects|funds|reviews|reopens|expands|postpones", verbs, "|")
  n_firsts = split("Maria Tomas Ingrid Samuel Leila Oskar Priya Declan Hanna Mateo Yusuf " \
    "Greta Anika Rowan Elif Callum", first_names, " ")
  n_lasts = split("Jensen Rivera Okafor Lindqvist Marsh Petrova Albright Nakamura Ferreira " \
    "Whitcombe Haddad Strand Kowalczyk Obi Brennan Castell", last_names, " ")
  n_roles = split("the mayor|a local councillor|the project manager|a resident|the head teacher|" \
    "the chief engineer|a shop owner|the council leader", roles, "|")
  n_months = split("January February March April May June July August September October " \
    "November December", months, " ")
  n_days = split("Monday Tuesday Wednesday Thursday Friday", weekdays, " ")
  n_sayings = split("We will build it|This is the right decision for the town|" \
    "Nobody here asked for another delay|The money is finally in place|" \
    "We have listened to every objection|People deserve better than this|" \
    "It has taken far too long|The work starts in the spring", sayings, "|")
  n_facts = split("The plans were first drawn up six years ago.|" \
    "Opponents had gathered more than two thousand signatures.|" \
    "A public consultation closed in the autumn.|" \
    "The contractor has worked on similar schemes along the coast.|" \
    "Traffic on the ring road is expected to rise during the works.|" \
    "Local businesses said the closure had cost them trade.|" \
    "An independent review found the budget had been underestimated.|" \
    "The scheme will be paid for partly by a government grant.", facts, "|")

  for (number = first; number < first + count; number++) {
    state = number * 7919 + 104729
    for (warm = 0; warm < 3; warm++) next_random()
    town = pick(towns, n_towns)
    topic = pick(topics, n_topics)
    verb = pick(verbs, n_verbs)
    author = pick(first_names, n_firsts) " " pick(last_names, n_lasts)
    speaker_first = pick(first_names, n_firsts)
    speaker_last = pick(last_names, n_lasts)
    speaker = speaker_first " " speaker_last
    role = pick(roles, n_roles)
    second_speaker = pick(first_names, n_firsts) " " pick(last_names, n_lasts)
    if (second_speaker == speaker) second_speaker = "Agnes " speaker_last "-Hale"
    section = section_names[number % n_sections + 1]
    year = year_names[int(number / n_sections) % n_years + 1]

    path = sprintf("%s/%s/%s/%06d-%s-%s.txt", dir, section, year, number, tolower(town), topic)
    printf "%s council %s %s plan after long debate\n\n", town, verb, topic > path
    printf "By %s\n\n", author > path
    printf "Published %d %s %s %02d:%02d GMT\n\n", next_random() % 28 + 1,
      months[next_random() % n_months + 1], year, next_random() % 24, next_random() % 60 > path
    printf "%s council has %s a plan for a new %s costing %d million pounds, officials " \
      "said on %s.\n\n", town, verb == "approves" ? "approved" : "voted on", topic,
      next_random() % 90 + 5, weekdays[next_random() % n_days + 1] > path
    printf "\"%s,\" said %s, %s.\n\n", pick(sayings, n_sayings), speaker, role > path
    printf "%s %s\n\n", pick(facts, n_facts), pick(facts, n_facts) > path
    said = next_random() % n_sayings
    also_said = (said + 1 + next_random() % (n_sayings - 1)) % n_sayings
    printf "%s, who has followed the %s plans for years, said: \"%s. %s.\"\n\n",
      second_speaker, topic, sayings[said + 1], sayings[also_said + 1] > path
    printf "Mr %s added that the %s would be reviewed again in %d.\n\n", speaker_last, topic,
      year + 1 + next_random() % 3 > path
    printf "Filed under reference NA%06d.\n", number > path
    close(path)
  }
}'
