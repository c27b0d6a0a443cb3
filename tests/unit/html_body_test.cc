// The specification of the HTML reader's body extraction (issue 16, "unit tests for each
// boilerplate kind"): whole pages, each with the sentences Article::paragraphs must hold, in page
// order, and the page furniture no paragraph may hold. The markup varies from page to page (BEM,
// utility and hashed class names, none at all) so that the cases test what the page's structure
// says rather than one class word. Every page, outlet, person and town here is invented for these
// tests; none is a copy of a corpus page.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "common/article.h"
#include "extract/html/reader.h"

namespace news {
namespace {

// One page and what its body must be. A case passes when every kept sentence is found, in order,
// every whole paragraph is there as it stands, and no paragraph holds any dropped text.
struct BodyCase {
  const char* name;
  std::string html;
  // Sentences the body must hold, each inside one paragraph, in page order.
  std::vector<std::string> kept;
  // Text that no paragraph may hold.
  std::vector<std::string> dropped;
  // Paragraphs the body must hold exactly as written: a heading, or a run of text between two
  // <br><br>, is a paragraph of its own rather than glued to its neighbours.
  std::vector<std::string> whole = {};
};

// Page furniture that the body must leave out, one kind (or one variant of a kind) per page.
const std::vector<BodyCase>& left_out_cases() {
  static const std::vector<BodyCase> cases = {
      {"navigation menus in a nav element and as a bare list of section links",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Marrowby library reopens after two years of roof repairs | Marrowby Courier</title>
<meta name="description" content="The town library reopened on Saturday.">
<meta property="og:site_name" content="Marrowby Courier">
</head>
<body>
<header class="site-header">
  <a class="site-header__logo" href="/">Marrowby Courier</a>
  <nav class="site-header__nav">
    <ul class="site-header__list">
      <li class="site-header__item"><a href="/news">News</a></li>
      <li class="site-header__item"><a href="/sport">Sport</a></li>
      <li class="site-header__item"><a href="/whats-on">What's On Around Marrowby</a></li>
      <li class="site-header__item"><a href="/property">Property and Motoring Classifieds</a></li>
    </ul>
  </nav>
</header>
<div class="page">
  <ul>
    <li><a href="/news/local">Local News</a></li>
    <li><a href="/news/schools">Schools and Colleges</a></li>
    <li><a href="/news/council">Council Watch</a></li>
    <li><a href="/news/courts">Crime and Courts Desk</a></li>
  </ul>
  <main>
  <article class="story">
    <h1 class="story__headline">Marrowby library reopens after two years of roof repairs</h1>
    <p class="story__byline">By Ilse Marten</p>
    <div class="story__body">
      <p class="story__para">Marrowby's public library reopened its doors on Saturday morning,
        almost two years after water pouring through a damaged roof forced staff to move thousands
        of books into storage. A queue of around eighty people had formed on Castle Street before
        the doors opened at nine.</p>
      <p class="story__para">The repairs, which cost the borough council a little over 1.4 million
        pounds, replaced the slate roof and the lead gutters and added insulation to the reading
        room. Contractors also found rot in two of the oak beams above the children's section, which
        delayed the work by four months.</p>
      <p class="story__para">Head librarian Corinne Abara said the building felt brighter than
        before. "We have missed our readers, and judging by the queue they have missed us," she
        said, adding that the returned stock would be back on the shelves by the end of the
        month.</p>
      <p class="story__para">The council said the library would open on Sundays for the first time
        from next spring, funded by a grant from a local trust. Opening hours on weekdays remain
        unchanged.</p>
    </div>
  </article>
  </main>
</div>
<footer class="site-footer"><p class="site-footer__legal">Marrowby Courier, Castle Street,
  Marrowby.</p></footer>
</body>
</html>)html",
       {"Marrowby's public library reopened its doors on Saturday morning",
        "Contractors also found rot in two of the oak beams above the children's section",
        "Head librarian Corinne Abara said the building felt brighter than before.",
        "Opening hours on weekdays remain unchanged."},
       {"What's On Around Marrowby", "Property and Motoring Classifieds", "Schools and Colleges",
        "Crime and Courts Desk", "Council Watch"}},

      {"share bar with counts, BEM classes, above and below the text",
       R"html(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Winter ferry timetable cuts Sunday crossings to Halvik - Kestrel Bay Herald</title>
<meta property="og:title" content="Winter ferry timetable cuts Sunday crossings to Halvik">
<meta name="author" content="Perrin Lowe">
</head>
<body class="l-page">
<header class="l-header">
  <div class="l-header__brand"><a href="/">Kestrel Bay Herald</a></div>
  <nav class="c-menu"><a class="c-menu__link" href="/local">Local</a>
    <a class="c-menu__link" href="/islands">Islands</a>
    <a class="c-menu__link" href="/opinion">Opinion</a></nav>
</header>
<main class="l-main">
<article class="c-article">
  <h1 class="c-article__title">Winter ferry timetable cuts Sunday crossings to Halvik</h1>
  <div class="c-share-bar">
    <span class="c-share-bar__count">1.3k shares</span>
    <a class="c-share-bar__button" href="https://facebook.example/share">Share on Facebook</a>
    <a class="c-share-bar__button" href="https://x.example/intent">Share on X</a>
    <a class="c-share-bar__button" href="https://wa.example/send">Share on WhatsApp</a>
    <button class="c-share-bar__button">Copy link</button>
  </div>
  <div class="c-article__body">
    <p class="c-article__para">Islanders on Halvik will have two ferry crossings on Sundays this
      winter instead of four, under a timetable published by the operator Saltway Lines on Monday.
      The reduced service runs from the first weekend of November until the end of February.</p>
    <p class="c-article__para">Saltway said falling passenger numbers on winter Sundays left the
      early and late sailings close to empty, with an average of eleven foot passengers on the last
      boat back last year. Weekday crossings are not affected.</p>
    <p class="c-article__para">The island's community council said it would ask the company to
      restore the evening sailing, which nurses and care workers use to reach the mainland hospital
      for night shifts. Its chair, Agnes Morrow, called the change short-sighted.</p>
    <p class="c-article__para">The operator has agreed to meet the council before the timetable
      takes effect, and said it would review the figures again in spring.</p>
  </div>
  <div class="c-share-bar c-share-bar--bottom">
    <p class="c-share-bar__label">Share this story</p>
    <a class="c-share-bar__button" href="https://facebook.example/share">Share on Facebook</a>
    <a class="c-share-bar__button" href="mailto:?subject=Ferry">Share by email</a>
    <span class="c-share-bar__count">48 comments</span>
  </div>
</article>
</main>
<footer class="l-footer"><p class="l-footer__legal">Kestrel Bay Herald is part of Coastline
  Media.</p></footer>
</body>
</html>)html",
       {"Islanders on Halvik will have two ferry crossings on Sundays this winter instead of four",
        "Weekday crossings are not affected.",
        "Its chair, Agnes Morrow, called the change short-sighted.",
        "The operator has agreed to meet the council before the timetable takes effect"},
       {"1.3k shares", "Share on Facebook", "Share on WhatsApp", "Copy link", "Share this story",
        "Share by email", "48 comments"}},

      {"share buttons with hashed class names and counts beside them",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Mill Road cycle lane approved after split vote</title>
<meta name="twitter:title" content="Mill Road cycle lane approved after split vote">
<meta property="og:site_name" content="The Northam Ledger">
</head>
<body>
<div id="__next">
<div class="css-1k7xq0b">
  <a class="css-9y1pd2" href="/">The Northam Ledger</a>
  <div class="css-5gh2sa"><a href="/city">City</a><a href="/politics">Politics</a><a
    href="/money">Money</a></div>
</div>
<div class="css-r3m8kd e1v2yq0">
  <h1 class="css-0a9t1x">Mill Road cycle lane approved after split vote</h1>
  <div class="css-4n2c8w">
    <button class="css-w8a1po" aria-label="Share on Facebook">Share on Facebook</button><span
      class="css-hq0e3c">312</span>
    <button class="css-w8a1po" aria-label="Share on LinkedIn">Share on LinkedIn</button><span
      class="css-hq0e3c">27</span>
    <button class="css-w8a1po">Email this article</button>
  </div>
  <div class="css-b7yq4r">
    <p class="css-38ba1c e1tfxkwm0">Northam city council has approved a protected cycle lane along
      the whole of Mill Road, after a meeting on Thursday night that ended in a vote of twenty-two
      to nineteen. Construction is due to begin in March and take about five months.</p>
    <p class="css-38ba1c e1tfxkwm0">The lane will run on both sides of the road between the railway
      bridge and the Fairfield roundabout, separated from traffic by a low kerb. Around sixty
      parking spaces will be removed, most of them outside the row of shops near the bridge.</p>
    <p class="css-38ba1c e1tfxkwm0">Shopkeepers had collected more than two thousand signatures
      against the plan. Devi Raman, who runs a hardware store on the road, said she feared customers
      from outside the city would simply stop coming.</p>
    <p class="css-38ba1c e1tfxkwm0">Councillor Owen Petrie, who proposed the scheme, said the
      council would create a loading bay and a short-stay car park on the former bus depot site to
      make up for the lost spaces.</p>
  </div>
  <div class="css-4n2c8w"><span class="css-hq0e3c">339 shares</span><button class="css-w8a1po">Share
    on WhatsApp</button></div>
</div>
<div class="css-fo0t3r"><span>The Northam Ledger, all rights reserved</span></div>
</div>
</body>
</html>)html",
       {"Northam city council has approved a protected cycle lane along the whole of Mill Road",
        "Around sixty parking spaces will be removed",
        "Shopkeepers had collected more than two thousand signatures against the plan.",
        "Councillor Owen Petrie, who proposed the scheme"},
       {"Share on Facebook", "Share on LinkedIn", "Email this article", "339 shares",
        "Share on WhatsApp"}},

      {"an inline Read more line inside the text and a list of more stories after it",
       R"html(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Fire at Brackenford bus depot destroys six buses | Brackenford Observer</title>
<meta name="description" content="No one was hurt in the overnight fire.">
</head>
<body>
<div class="topbar">
  <a href="/" class="brand">Brackenford Observer</a>
  <ul class="menu-list"><li><a href="/news">News</a></li><li><a
    href="/business">Business</a></li><li><a href="/letters">Letters</a></li></ul>
</div>
<div class="content">
  <h1>Fire at Brackenford bus depot destroys six buses</h1>
  <div class="text">
    <p>Six buses were destroyed in a fire at the Brackenford depot on Wharf Lane in the early hours
      of Tuesday. Firefighters from three stations spent more than four hours bringing the blaze
      under control, and nobody was hurt.</p>
    <p>The alarm was raised at about 2.30am by a security guard who saw smoke coming from the back
      of the main shed. Residents of nearby Tanner Street were asked to keep their windows closed
      because of the thick smoke.</p>
    <p><strong>Read more:</strong> <a href="/news/bus-fares-rise">Bus fares in Brackenford to rise
      by 20p from April</a></p>
    <p>The operator, Greyfield Buses, said some morning routes would run less often for the rest of
      the week while it brought in vehicles from its depot in Lower Tarnby. Services to the hospital
      and the schools would keep their normal timetable.</p>
    <p>The cause of the fire is not yet known. A fire service spokesman said investigators would
      examine the shed once it had been made safe, and that one line of inquiry was an electrical
      fault in a vehicle on charge.</p>
    <p><a href="/news/depot-plans">READ MORE: Plans for an electric bus depot on the edge of town go
      on show</a></p>
  </div>
  <div class="more-stories">
    <h2>More on this story</h2>
    <ul>
      <li><a href="/news/a">Greyfield Buses to replace its diesel fleet by 2030</a></li>
      <li><a href="/news/b">Tanner Street residents complain of depot noise at night</a></li>
      <li><a href="/news/c">Firefighters tackle blaze at disused Wharf Lane warehouse</a></li>
    </ul>
  </div>
</div>
<div class="bottom-bar"><p>Brackenford Observer, 12 Market Place, Brackenford.</p></div>
</body>
</html>)html",
       {"Six buses were destroyed in a fire at the Brackenford depot on Wharf Lane",
        "Residents of nearby Tanner Street were asked to keep their windows closed",
        "Services to the hospital and the schools would keep their normal timetable.",
        "The cause of the fire is not yet known."},
       {"Read more:", "Bus fares in Brackenford to rise by 20p from April", "READ MORE",
        "Plans for an electric bus depot", "More on this story",
        "Greyfield Buses to replace its diesel fleet", "residents complain of depot noise",
        "Firefighters tackle blaze at disused"}},

      {"newsletter sign-up box named as such, inside the text's container",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Peltham primary school switches on its solar roof</title>
<meta property="og:title" content="Peltham primary school switches on its solar roof">
<meta property="article:published_time" content="2024-04-18T09:00:00+01:00">
</head>
<body>
<header id="top">
  <div class="logo"><a href="/">The Peltham Gazette</a></div>
  <nav><a href="/news">News</a> <a href="/schools">Schools</a> <a
    href="/environment">Environment</a></nav>
</header>
<article class="post">
  <h1 class="post-title">Peltham primary school switches on its solar roof</h1>
  <div class="post-content">
    <p>Pupils at St Aldric's Primary in Peltham watched on Wednesday as the school's new solar
      panels were switched on, making it the first school in the district to produce most of its own
      electricity during term time.</p>
    <p>The 140 panels cover the south-facing roof of the main hall and were paid for by a community
      share scheme that raised 96,000 pounds from parents, neighbours and two local businesses.
      Investors will be repaid over fifteen years from the savings on the school's bills.</p>
    <p>Headteacher Marcus Dunleavy said the money saved would pay for a second teaching assistant. A
      display in the entrance hall now shows how much power the roof is producing, and the older
      classes will use its figures in maths lessons.</p>
    <div class="newsletter-signup">
      <h3>Get the Peltham Gazette briefing</h3>
      <p>The day's local news in your inbox every weekday morning at seven. It is free, and you can
        unsubscribe whenever you like.</p>
      <form action="/subscribe"><input type="email" name="email" placeholder="Enter your email
        address"><button type="submit">Sign up</button></form>
      <p class="small">By signing up you agree to our privacy notice.</p>
    </div>
  </div>
</article>
<footer><p>The Peltham Gazette. Independent local journalism since 1887.</p></footer>
</body>
</html>)html",
       {"Pupils at St Aldric's Primary in Peltham watched on Wednesday",
        "Investors will be repaid over fifteen years from the savings on the school's bills.",
        "Headteacher Marcus Dunleavy said the money saved would pay for a second teaching "
        "assistant."},
       {"Get the Peltham Gazette briefing", "in your inbox every weekday morning",
        "unsubscribe whenever you like", "By signing up you agree to our privacy notice."}},

      {"newsletter box with utility classes only, in the middle of the text",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dunmere swimming pool to close for six months of repairs</title>
<meta property="og:site_name" content="The Dunmere Dispatch">
</head>
<body class="bg-white text-slate-900">
<div class="flex items-center justify-between px-4 py-3 border-b">
  <a class="font-serif text-2xl" href="/">The Dunmere Dispatch</a>
  <div class="hidden md:flex gap-6"><a href="/news">News</a><a href="/sport">Sport</a><a
    href="/community">Community</a></div>
</div>
<div class="mx-auto max-w-2xl px-4">
  <h1 class="mt-8 text-4xl font-bold">Dunmere swimming pool to close for six months of repairs</h1>
  <div class="mt-6">
    <p class="mb-4 text-lg leading-8">Dunmere Leisure Centre will close its swimming pool from the
      start of June so that the pool tank and its changing rooms can be rebuilt, the district
      council confirmed on Friday. The gym and sports hall will stay open throughout.</p>
    <p class="mb-4 text-lg leading-8">Engineers found last year that the tank, built in 1974, was
      losing several thousand litres of water a day through cracks in its lining. Temporary patches
      have kept the pool open, but the council said they could no longer be relied on.</p>
    <div class="my-8 rounded-lg bg-slate-100 p-6">
      <p class="text-xl font-bold">Sign up to Dunmere This Week</p>
      <p class="text-sm text-slate-600">Our free weekly email with the stories that matter to
        Dunmere, every Friday morning. You can opt out at any time.</p>
      <form class="mt-4 flex gap-2"><input class="flex-1 rounded border px-3" type="email"
        placeholder="Your email address"><button class="rounded bg-slate-900 px-4 text-white">Sign
        me up</button></form>
    </div>
    <p class="mb-4 text-lg leading-8">Swimming clubs and school groups will be offered lanes at the
      pool in Castell Rhos, fifteen miles away, with the council paying for coaches on two
      afternoons a week. Lessons for young children are expected to pause for the summer.</p>
    <p class="mb-4 text-lg leading-8">Nadia Ferreira, who chairs the Dunmere Otters swimming club,
      said members understood the need for the work but worried that some older swimmers would give
      up during the closure.</p>
  </div>
</div>
<div class="mt-16 border-t px-4 py-8 text-sm"><p>The Dunmere Dispatch is published by Dunmere
  Community Media.</p></div>
</body>
</html>)html",
       {"Dunmere Leisure Centre will close its swimming pool from the start of June",
        "Temporary patches have kept the pool open",
        "Swimming clubs and school groups will be offered lanes at the pool in Castell Rhos",
        "Nadia Ferreira, who chairs the Dunmere Otters swimming club"},
       {"Sign up to Dunmere This Week", "Our free weekly email", "You can opt out at any time.",
        "Sign me up"}},

      {"image captions and photo credits in figure elements",
       R"html(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>River Esker bursts its banks at Orrisford for the second time this winter</title>
<meta name="author" content="Bea Thornley">
<meta property="og:site_name" content="Orrisford Daily">
</head>
<body>
<header class="hdr"><a class="hdr-logo" href="/">Orrisford Daily</a>
  <nav class="hdr-nav"><ul><li><a href="/news">News</a></li><li><a
    href="/weather">Weather</a></li></ul></nav></header>
<main>
<article>
  <h1>River Esker bursts its banks at Orrisford for the second time this winter</h1>
  <figure class="lead-image">
    <img src="/img/esker-flood.jpg" alt="Flooded road">
    <figcaption>Water covers the towpath below Orrisford bridge on Sunday morning. <span
      class="credit">Photo: Kit Abernethy/Orrisford Daily</span></figcaption>
  </figure>
  <p>The River Esker burst its banks at Orrisford early on Sunday after two days of heavy rain,
    flooding the towpath, the riverside car park and the ground floors of several boathouses. It is
    the second time this winter that the river has flooded the town.</p>
  <p>The Environment Agency issued a flood warning for the Lower Esker on Saturday evening, and
    volunteers from the town's flood group spent the night handing out sandbags to homes on Mill
    Row. No homes were flooded, the group said.</p>
  <figure>
    <img src="/img/sandbags.jpg" alt="">
    <figcaption>Volunteers fill sandbags at the fire station on Saturday night. Photograph: Lena
      Okafor</figcaption>
  </figure>
  <p>River levels peaked at 3.8 metres shortly after six in the morning, about twenty centimetres
    below the record set in 2015. The agency expected them to fall slowly during Monday if the
    forecast dry spell held.</p>
  <p>Residents have renewed calls for a flood wall along the riverside, which the council shelved
    three years ago because of its cost. A council spokeswoman said a new study would report in the
    summer.</p>
</article>
</main>
<footer><p>Orrisford Daily, News House, Orrisford.</p></footer>
</body>
</html>)html",
       {"The River Esker burst its banks at Orrisford early on Sunday",
        "No homes were flooded, the group said.",
        "River levels peaked at 3.8 metres shortly after six in the morning",
        "A council spokeswoman said a new study would report in the summer."},
       {"Water covers the towpath below Orrisford bridge", "Photo: Kit Abernethy",
        "Volunteers fill sandbags at the fire station", "Photograph: Lena Okafor"}},

      {"a caption as a paragraph beside its image, with a photographer credit",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Homes planned for Redmire Junction's old goods yard</title>
<meta name="description" content="A developer wants to build 180 homes on the site.">
</head>
<body>
<div class="wrap">
  <div class="top"><a href="/">Redmire Chronicle</a> <a href="/news">News</a> <a
    href="/planning">Planning</a></div>
  <div class="main-col">
    <h1 class="text-3xl">Homes planned for Redmire Junction's old goods yard</h1>
    <div class="img-wrap">
      <img src="/media/goods-yard.jpg" alt="">
      <p class="m-0 text-sm text-gray-500">The old goods yard at Redmire Junction, which closed to
        freight in 1968, seen from the station footbridge. Photograph: Tomas Brell</p>
    </div>
    <p class="text-base">A developer has applied to build 180 homes on the former railway goods yard
      at Redmire Junction, a site that has stood empty for more than half a century. The plans
      include a small park and a new footpath to the station.</p>
    <p class="text-base">Ashgrove Homes said a third of the houses would be offered at below market
      rents. The company has also promised to restore the yard's brick engine shed, a listed
      building, as a cafe and workshop space for local groups.</p>
    <div class="img-wrap">
      <img src="/media/engine-shed.jpg" alt="">
      <p class="m-0 text-sm text-gray-500">The engine shed would become a cafe under the plans.
        Photograph: Tomas Brell</p>
    </div>
    <p class="text-base">Neighbours on Signal Street have raised concerns about traffic, since the
      only road into the site passes the primary school. The council's planning committee is
      expected to decide the application in the autumn.</p>
  </div>
  <div class="foot"><p>Redmire Chronicle. Contact the newsdesk on 01632 960 331.</p></div>
</div>
</body>
</html>)html",
       {"A developer has applied to build 180 homes on the former railway goods yard",
        "Ashgrove Homes said a third of the houses would be offered at below market rents.",
        "Neighbours on Signal Street have raised concerns about traffic"},
       {"which closed to freight in 1968", "seen from the station footbridge",
        "Photograph: Tomas Brell", "The engine shed would become a cafe under the plans."}},

      {"reader comments in a list classed as comments",
       R"html(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Thornquay appoints its first woman harbour master</title>
<meta property="og:title" content="Thornquay appoints its first woman harbour master">
<meta property="article:section" content="Maritime">
</head>
<body>
<header><a href="/">Thornquay Post</a><nav><a href="/maritime">Maritime</a> <a
  href="/business">Business</a></nav></header>
<main id="content">
  <article>
    <h1>Thornquay appoints its first woman harbour master</h1>
    <p>Captain Rhian Dovey will become harbour master at Thornquay next month, the first woman to
      hold the post in the port's three-hundred-year history. She takes over from Malcolm Ure, who
      retires after eighteen years in the job.</p>
    <p>Captain Dovey spent twelve years at sea on cargo ships and ferries before joining the port
      authority as a pilot in 2015. She has been deputy harbour master since 2020 and led the port's
      response to the grounding of a grain ship off the north mole two winters ago.</p>
    <p>She said her first priority would be dredging the inner channel, where silt has restricted
      the larger fishing boats to high tide. The port authority's board approved the appointment
      unanimously on Tuesday.</p>
  </article>
  <section id="comments" class="comments-area">
    <h2 class="comments-title">3 comments</h2>
    <ol class="comment-list">
      <li class="comment"><div class="comment-author">seadog_71</div><div
        class="comment-body"><p>Well deserved. She talked our trawler in through a force eight once
        and never raised her voice on the radio.</p></div><a class="comment-reply-link"
        href="#">Reply</a></li>
      <li class="comment"><div class="comment-author">J. Pellow</div><div
        class="comment-body"><p>About time the channel was dredged, it has been a disgrace for years
        and the board knows it.</p></div><a class="comment-reply-link" href="#">Reply</a></li>
      <li class="comment"><div class="comment-author">harbourwatcher</div><div
        class="comment-body"><p>Good luck to her, though I will believe the dredging when I see the
        barge arrive.</p></div><a class="comment-reply-link" href="#">Reply</a></li>
    </ol>
    <p class="must-log-in">You must be logged in to post a comment.</p>
  </section>
</main>
<footer><p>Thornquay Post, Harbour Buildings, Thornquay.</p></footer>
</body>
</html>)html",
       {"Captain Rhian Dovey will become harbour master at Thornquay next month",
        "She has been deputy harbour master since 2020",
        "The port authority's board approved the appointment unanimously on Tuesday."},
       {"3 comments", "talked our trawler in through a force eight",
        "it has been a disgrace for years", "when I see the barge arrive", "Reply",
        "You must be logged in to post a comment."}},

      {"cookie consent dialog at the top of the page",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Glasswater market traders win fight over rent rise | Glasswater Echo</title>
<meta property="og:site_name" content="Glasswater Echo">
</head>
<body>
<div id="cookie-notice" role="dialog" aria-label="Cookie consent" class="cn-bar">
  <p class="cn-bar__text">We use cookies and similar technologies to run this site, to measure how
    it is used and to show you personalised advertising. You can accept all cookies, reject the
    optional ones or choose which to allow.</p>
  <button class="cn-bar__btn">Accept all cookies</button>
  <button class="cn-bar__btn">Reject optional cookies</button>
  <a class="cn-bar__link" href="/cookies">Cookie settings</a>
</div>
<header class="masthead"><a href="/">Glasswater Echo</a>
  <nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/whats-on">What's
    on</a></nav></header>
<div class="container">
  <article class="article">
    <h1>Glasswater market traders win fight over rent rise</h1>
    <div class="article-body">
      <p>Stallholders at Glasswater's covered market have won their fight against a forty per cent
        rent rise, after the council agreed on Monday to phase in a smaller increase over three
        years. Traders had threatened to close their stalls for a day in protest.</p>
      <p>The council had proposed the rise to cover the cost of a new roof and heating for the
        Victorian market hall. Under the compromise, rents will go up by twelve per cent this year
        and by smaller amounts in each of the next two.</p>
      <p>Eileen Choudhury, who has sold fabric at the market for thirty-one years and led the
        traders' campaign, said the result showed that the council could listen. Several stalls
        stand empty, and traders feared that the full rise would have emptied more.</p>
    </div>
  </article>
</div>
<footer class="site-foot"><p>Glasswater Echo, 4 Quay Lane, Glasswater.</p></footer>
</body>
</html>)html",
       {"Stallholders at Glasswater's covered market have won their fight",
        "Under the compromise, rents will go up by twelve per cent this year",
        "Eileen Choudhury, who has sold fabric at the market for thirty-one years"},
       {"We use cookies and similar technologies", "Accept all cookies", "Reject optional cookies",
        "Cookie settings"}},

      {"cookie consent banner with hashed class names at the end of the page",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Eskerdale farmers turn to hemp as barley prices fall</title>
<meta property="og:title" content="Eskerdale farmers turn to hemp as barley prices fall">
</head>
<body>
<div class="sc-a1b2c3">
  <div class="sc-d4e5f6"><a href="/">Eskerdale Farming Times</a></div>
  <div class="sc-g7h8i9"><a href="/arable">Arable</a><a href="/livestock">Livestock</a><a
    href="/machinery">Machinery</a></div>
</div>
<div class="sc-j1k2l3">
  <h1 class="sc-m4n5o6">Eskerdale farmers turn to hemp as barley prices fall</h1>
  <div class="sc-p7q8r9">
    <p class="sc-s1t2u3">A group of nine farms in upper Eskerdale will grow industrial hemp this
      year on land that has grown malting barley for generations, after two seasons in which the
      barley price barely covered the cost of growing it.</p>
    <p class="sc-s1t2u3">The farms have signed a five-year contract with a processing plant near
      Castell Rhos that turns the fibre into insulation boards for the building trade. The plant
      guarantees a minimum price per tonne, which the farmers say makes planning possible again.</p>
    <p class="sc-s1t2u3">Hemp needs a licence from the Home Office because of its family ties to
      cannabis, though the varieties grown for fibre contain almost none of the drug. Gareth
      Hollins, who farms 300 acres at Fellgate, said the paperwork had taken most of the winter.</p>
    <p class="sc-s1t2u3">Agronomists will watch the first harvest closely. The crop needs little
      spraying and breaks the cycle of barley diseases, but it is harder to cut, and the farmers
      have had to buy adapted mower blades.</p>
  </div>
</div>
<div class="sc-v4w5x6"><span>Eskerdale Farming Times, Fellgate Road, Eskerdale</span></div>
<div class="sc-y7z8a9" style="position: fixed; bottom: 0; left: 0; right: 0; z-index: 9999">
  <p class="sc-b1c2d3">We and our 143 partners store and access information on your device, such as
    cookies, and process personal data such as unique identifiers to provide personalised ads and
    content, measure them and improve our services.</p>
  <button class="sc-e4f5g6">Accept all</button>
  <button class="sc-e4f5g6">Reject all</button>
  <button class="sc-h7i8j9">Manage options</button>
</div>
</body>
</html>)html",
       {"A group of nine farms in upper Eskerdale will grow industrial hemp this year",
        "The plant guarantees a minimum price per tonne",
        "Gareth Hollins, who farms 300 acres at Fellgate",
        "Agronomists will watch the first harvest closely."},
       {"We and our 143 partners store and access information on your device", "Accept all",
        "Reject all", "Manage options"}},

      {"paywall notice classed as such after the visible paragraphs",
       R"html(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Wyndcombe brewery bought by national group</title>
<meta name="author" content="Fenella Crowe">
<meta property="og:site_name" content="Wyndcombe Business Review">
</head>
<body>
<header class="hd"><a href="/">Wyndcombe Business Review</a><nav class="hd-nav"><a
  href="/companies">Companies</a> <a href="/markets">Markets</a></nav></header>
<main>
<article class="story">
  <h1>Wyndcombe brewery bought by national group</h1>
  <div class="story-body">
    <p>Hollowell's, the family brewery that has made beer in Wyndcombe since 1851, has been sold to
      the national pub and brewing group Stanbridge for an undisclosed sum. The sale ends six
      generations of family ownership.</p>
    <p>The brewery employs 64 people at its site on Cooper's Lane and supplies around 120 pubs
      across the county. Stanbridge said it would keep brewing on the site and had no plans to cut
      jobs in the next two years.</p>
  </div>
  <div class="paywall-prompt">
    <h2>Subscribe to continue reading</h2>
    <p>Get unlimited access to the Wyndcombe Business Review for 1 pound a week for your first three
      months. Cancel at any time.</p>
    <a class="btn" href="/subscribe">Subscribe now</a>
    <p>Already a subscriber? <a href="/login">Log in</a></p>
  </div>
</article>
</main>
<footer><p>Wyndcombe Business Review Ltd. Registered in England.</p></footer>
</body>
</html>)html",
       {"Hollowell's, the family brewery that has made beer in Wyndcombe since 1851",
        "Stanbridge said it would keep brewing on the site and had no plans to cut jobs"},
       {"Subscribe to continue reading", "Get unlimited access", "Cancel at any time.",
        "Subscribe now", "Already a subscriber?"}},

      {"subscription offer with no class words in place of the rest of the text",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Why Halvik's only doctor is leaving the island</title>
<meta property="og:title" content="Why Halvik's only doctor is leaving the island">
<meta property="article:section" content="Health">
</head>
<body>
<div class="x-hdr"><a href="/">Island Weekly</a> <a href="/health">Health</a> <a
  href="/islands">Islands</a> <a href="/opinion">Opinion</a></div>
<div class="x-7f3a">
  <h1 class="x-8b1c">Why Halvik's only doctor is leaving the island</h1>
  <div class="x-9d2e">
    <p class="x-0f4a">For eleven years Dr Tobias Renwick has been the only doctor on Halvik,
      answering calls at night and travelling between the island's four villages in an old estate
      car. In June he will leave for a practice on the mainland, and no replacement has been
      found.</p>
    <p class="x-0f4a">The health board has advertised the post three times since the autumn without
      a single application. Islanders fear that without a resident doctor the elderly will have to
      make the ferry crossing for routine appointments.</p>
    <p class="x-0f4a">Dr Renwick says the decision was the hardest of his working life, and that the
      job has simply become too much for one person.</p>
  </div>
  <div class="x-1a5b">
    <h2 class="x-2c6d">This article is for subscribers</h2>
    <p class="x-3e7f">Subscribe to continue reading. Your first month costs 1 pound, then 8.99
      pounds a month. Cancel at any time.</p>
    <a class="x-4a8b" href="/offer">See subscription options</a>
    <p class="x-3e7f">Already have an account? <a href="/sign-in">Sign in</a></p>
  </div>
</div>
<div class="x-ftr"><p>Island Weekly is an independent publication.</p></div>
</body>
</html>)html",
       {"For eleven years Dr Tobias Renwick has been the only doctor on Halvik",
        "The health board has advertised the post three times since the autumn",
        "the job has simply become too much for one person."},
       {"This article is for subscribers", "Subscribe to continue reading",
        "Your first month costs 1 pound", "See subscription options", "Already have an account?"}},

      {"author bio box at the end, classed as such",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Lower Tarnby post office saved by village shop</title>
<meta name="author" content="Imogen Farrant">
</head>
<body>
<header><a href="/">Tarn Valley Voice</a><nav><a href="/villages">Villages</a> <a
  href="/people">People</a></nav></header>
<article class="entry">
  <h1 class="entry-title">Lower Tarnby post office saved by village shop</h1>
  <div class="entry-content">
    <p>Lower Tarnby will keep its post office after the village shop agreed to run a counter from
      behind its till, weeks before the old branch on Church Lane was due to close for good when its
      postmistress retired.</p>
    <p>The counter will open four days a week and offer parcels, bill payments and cash withdrawals.
      Shop owner Kwame Asante said he had been approached by dozens of older customers worried about
      the eight-mile trip to the nearest branch.</p>
    <p>The parish council has given 2,000 pounds towards the cost of a secure counter and a new
      sign. The service is expected to start in the first week of September.</p>
  </div>
  <div class="author-bio">
    <img src="/people/imogen.jpg" alt="Imogen Farrant">
    <p><strong>Imogen Farrant</strong> is the Voice's villages reporter. She grew up in the Tarn
      Valley and has covered parish councils, village halls and rural bus routes since 2016.</p>
    <a href="/people/imogen-farrant">More from Imogen Farrant</a>
  </div>
</article>
<footer><p>Tarn Valley Voice, a community newspaper.</p></footer>
</body>
</html>)html",
       {"Lower Tarnby will keep its post office after the village shop agreed to run a counter",
        "Shop owner Kwame Asante said he had been approached by dozens of older customers",
        "The service is expected to start in the first week of September."},
       {"is the Voice's villages reporter",
        "has covered parish councils, village halls and rural bus routes since 2016",
        "More from Imogen Farrant"}},

      {"an About the author box with hashed classes after the text",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Saltmarsh Cross gets its first bookshop in twenty years</title>
<script type="application/ld+json">{"@type":"NewsArticle",
 "headline":"Saltmarsh Cross gets its first bookshop in twenty years",
 "author":{"@type":"Person","name":"Hal Brennan"}}</script>
</head>
<body>
<div class="_h1x9"><a href="/">Marsh and Coast</a><div class="_n2y8"><a href="/towns">Towns</a><a
  href="/culture">Culture</a></div></div>
<div class="_c3z7">
  <h1 class="_t4a6">Saltmarsh Cross gets its first bookshop in twenty years</h1>
  <div class="_b5b5">
    <p class="_p6c4">Saltmarsh Cross has a bookshop again. Wren and Page opened on the high street
      on Saturday in the former bank building, two decades after the town's last bookseller closed
      and its owner moved to the coast.</p>
    <p class="_p6c4">Owners Priya Lindqvist and her brother Tomas spent a year restoring the
      building, keeping the bank's old vault as a reading room for children. The shop will also host
      a monthly book club and talks by writers from the region.</p>
    <p class="_p6c4">Several shopkeepers on the street said the opening brought more people into the
      town centre on its first weekend than they had seen since Christmas.</p>
  </div>
  <div class="_a7d3">
    <img class="_i8e2" src="/authors/hal.jpg" alt="">
    <h3 class="_s9f1">About the author</h3>
    <p class="_q0g0">Hal Brennan writes about towns and culture for Marsh and Coast. Before joining
      the paper he ran a second-hand record shop for ten years.</p>
    <a class="_l1h9" href="/authors/hal-brennan">All articles by Hal Brennan</a>
  </div>
</div>
<div class="_f2i8"><p>Marsh and Coast, independent since 2009.</p></div>
</body>
</html>)html",
       {"Saltmarsh Cross has a bookshop again.",
        "keeping the bank's old vault as a reading room for children",
        "Several shopkeepers on the street said the opening brought more people"},
       {"About the author", "writes about towns and culture for Marsh and Coast",
        "ran a second-hand record shop", "All articles by Hal Brennan"}},

      {"tag list and a Topics line after the text",
       R"html(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Castell Rhos choir wins national title</title>
<meta name="keywords" content="music, choirs, Castell Rhos">
</head>
<body>
<header class="gh"><a href="/">Rhos Valley News</a><nav class="gh__nav"><a href="/">Home</a> <a
  href="/arts">Arts</a></nav></header>
<main class="gm">
<article class="ga">
  <h1 class="ga__title">Castell Rhos choir wins national title</h1>
  <div class="ga__text">
    <p class="ga__p">The Castell Rhos Male Voice Choir has won the national choir championship for
      the first time in its 112-year history, beating eleven other choirs in the final at the
      weekend with a programme of hymns and folk songs.</p>
    <p class="ga__p">The choir's musical director, Aled Pritchard, said the forty singers had
      rehearsed three evenings a week since January. Its youngest member is seventeen and its
      oldest, a retired miner, is ninety-one.</p>
    <p class="ga__p">The win brings a prize of 5,000 pounds and an invitation to sing at a festival
      in Brittany next summer. The choir will give a homecoming concert in the town's chapel on
      Friday.</p>
    <p class="ga__topics">Topics: <a href="/tag/music">Music</a>, <a href="/tag/choirs">Choirs and
      Singing</a>, <a href="/tag/castell-rhos">Castell Rhos</a></p>
  </div>
  <ul class="ga__tags">
    <li><a href="/tag/community">Community Life</a></li>
    <li><a href="/tag/awards">Awards and Prizes</a></li>
    <li><a href="/tag/wales">Welsh Culture</a></li>
  </ul>
</article>
</main>
<footer><p>Rhos Valley News. Letters to the editor welcome.</p></footer>
</body>
</html>)html",
       {"The Castell Rhos Male Voice Choir has won the national choir championship",
        "Its youngest member is seventeen and its oldest, a retired miner, is ninety-one.",
        "The choir will give a homecoming concert in the town's chapel on Friday."},
       {"Topics:", "Choirs and Singing", "Community Life", "Awards and Prizes", "Welsh Culture"}},

      {"advertisement slots labelled Advertisement between paragraphs",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Fenwick Valley hospital opens new stroke unit</title>
<meta property="og:site_name" content="Fenwick Valley Gazette">
</head>
<body>
<header class="site-head"><a href="/">Fenwick Valley Gazette</a><nav><a href="/health">Health</a> <a
  href="/news">News</a></nav></header>
<div class="layout">
<article class="story">
  <h1>Fenwick Valley hospital opens new stroke unit</h1>
  <div class="story-text">
    <p>Fenwick Valley General Hospital opened a dedicated stroke unit on Monday, ending a six-year
      arrangement under which patients from the valley were taken by ambulance to the city forty
      miles away for specialist care.</p>
    <div class="ad-slot ad-slot--mpu"><p class="ad-slot__label">Advertisement</p><div
      id="div-gpt-ad-1700000000001-0"></div></div>
    <p>The unit has sixteen beds and a team of specialist nurses, therapists and two consultant
      stroke physicians. Scans will be available around the clock, which doctors say is crucial in
      the first hours after a stroke.</p>
    <p>Campaigners who fought for the unit gathered outside the main entrance for its opening.
      Bernard Aske, whose wife died after a stroke in 2018, said he hoped no other family would face
      the long journey theirs had.</p>
    <div class="ad-slot"><p class="ad-slot__label">Advertisement</p><div
      id="div-gpt-ad-1700000000001-1"></div></div>
    <p>The hospital trust said the unit would treat around five hundred patients a year and would
      also run a clinic for people who have had a minor stroke or warning signs.</p>
  </div>
</article>
</div>
<footer class="site-foot"><p>Fenwick Valley Gazette, Station Road, Fenwick.</p></footer>
</body>
</html>)html",
       {"Fenwick Valley General Hospital opened a dedicated stroke unit on Monday",
        "Scans will be available around the clock",
        "Bernard Aske, whose wife died after a stroke in 2018",
        "The hospital trust said the unit would treat around five hundred patients a year"},
       {"Advertisement"}},

      {"story continues below advertisement labels with hashed class names",
       R"html(<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>Lakehead town votes to keep its volunteer fire brigade</title>
<meta property="og:title" content="Lakehead town votes to keep its volunteer fire brigade">
</head>
<body>
<div class="c-4f1e"><a href="/">Northshore Sentinel</a><span class="c-5a2b"><a
  href="/local">Local</a> <a href="/region">Region</a></span></div>
<div class="c-6c3d">
  <h1 class="c-7e4f">Lakehead town votes to keep its volunteer fire brigade</h1>
  <p class="c-8a5b">Residents of Pinegrove voted by a wide margin on Saturday to keep the town's
    volunteer fire brigade rather than pay a neighbouring municipality for fire cover, ending a
    debate that had divided the community of 2,400 for most of the year.</p>
  <div class="c-9c6d"><span class="c-0e7f">Story continues below advertisement</span><div
    data-ad-unit="mid-1"></div></div>
  <p class="c-8a5b">The brigade has twenty-six volunteers and two engines housed in a hall next to
    the arena. Council had argued that new training rules would make it too costly to run, and
    proposed a contract with the larger department in Birch Falls.</p>
  <p class="c-8a5b">Fire chief Denise Laroche said the result showed how much the town valued people
    who answer calls at three in the morning. She said the brigade would start a recruiting drive in
    the spring.</p>
  <div class="c-9c6d"><p class="c-0e7f">ADVERTISEMENT</p><div data-ad-unit="mid-2"></div></div>
  <p class="c-8a5b">Council will now have to find about 90,000 dollars a year for training and
    equipment. The mayor said a small rise in property taxes was likely.</p>
</div>
<div class="c-1a8b"><p>Northshore Sentinel, serving the north shore since 1956.</p></div>
</body>
</html>)html",
       {"Residents of Pinegrove voted by a wide margin on Saturday",
        "The brigade has twenty-six volunteers and two engines",
        "Fire chief Denise Laroche said the result showed",
        "The mayor said a small rise in property taxes was likely."},
       {"Story continues below advertisement", "ADVERTISEMENT"}},

      {"most read sidebar in an aside",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Brackenford council freezes parking charges | Brackenford Observer</title>
</head>
<body>
<header><a href="/">Brackenford Observer</a><nav><a href="/news">News</a> <a
  href="/motoring">Motoring</a></nav></header>
<div class="columns">
  <main class="col-main">
    <h1>Brackenford council freezes parking charges</h1>
    <p>Parking charges in Brackenford's council car parks will stay the same for another year, after
      councillors rejected a proposal on Wednesday to raise the hourly rate by thirty pence.</p>
    <p>Traders in the town centre had warned that dearer parking would drive shoppers to the retail
      park on the bypass, where parking is free. The council's own figures show that visits to the
      high street have fallen by a fifth since 2019.</p>
    <p>The freeze will cost the council about 180,000 pounds in lost income. Its finance chief said
      the gap would be covered from reserves this year but that the question would return next
      budget.</p>
  </main>
  <aside class="col-side">
    <h2>Most read</h2>
    <ol>
      <li><a href="/news/1">Man rescued from river after clinging to bridge for an hour</a></li>
      <li><a href="/news/2">New bakery chain to open on Market Place this summer</a></li>
      <li><a href="/news/3">Brackenford Rovers sign goalkeeper on loan from city club</a></li>
      <li><a href="/news/4">Roadworks on the ring road to last until October</a></li>
    </ol>
  </aside>
</div>
<footer><p>Brackenford Observer, 12 Market Place, Brackenford.</p></footer>
</body>
</html>)html",
       {"Parking charges in Brackenford's council car parks will stay the same for another year",
        "The council's own figures show that visits to the high street have fallen by a fifth",
        "The freeze will cost the council about 180,000 pounds in lost income."},
       {"Most read", "Man rescued from river after clinging to bridge",
        "New bakery chain to open on Market Place", "sign goalkeeper on loan",
        "Roadworks on the ring road to last until October"}},

      {"most read column in a grid beside the article, with teasers inside the links",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Orrisford rowing club gets new boathouse after flood</title>
<meta property="og:site_name" content="Orrisford Daily">
</head>
<body>
<div class="row">
  <div class="col-12"><a href="/">Orrisford Daily</a> <a href="/sport">Sport</a> <a
    href="/news">News</a></div>
</div>
<div class="row">
  <div class="col-8">
    <h1>Orrisford rowing club gets new boathouse after flood</h1>
    <p>Orrisford Rowing Club moved into a new boathouse on Saturday, eighteen months after
      floodwater wrecked its old timber building and most of the boats inside it. The new building
      stands on raised piers a metre above the record flood level.</p>
    <p>The club raised 650,000 pounds through a national sports grant, an appeal to former members
      and a sponsored row the length of the Esker. Members did much of the fitting-out themselves
      over the winter weekends.</p>
    <p>Club captain Sofia Varga said membership had dropped by a third while the crews trained from
      borrowed sheds downstream, and that the club now hoped to win back its junior squad.</p>
  </div>
  <div class="col-4">
    <h3>Most read</h3>
    <div>
      <a href="/news/10"><h4>Bypass closed overnight for resurfacing</h4><p>Drivers face a
        twelve-mile diversion.</p></a>
      <a href="/news/11"><h4>Town hall clock stops again</h4><p>Repairs are due next week.</p></a>
      <a href="/news/12"><h4>Orrisford café named best in the county</h4><p>The owners opened it
        only last year.</p></a>
    </div>
  </div>
</div>
<div class="row"><div class="col-12"><p>Orrisford Daily, News House, Orrisford.</p></div></div>
</body>
</html>)html",
       {"Orrisford Rowing Club moved into a new boathouse on Saturday",
        "Members did much of the fitting-out themselves over the winter weekends.",
        "Club captain Sofia Varga said membership had dropped by a third"},
       {"Most read", "Bypass closed overnight for resurfacing", "twelve-mile diversion",
        "Town hall clock stops again", "Repairs are due next week.", "named best in the county",
        "The owners opened it only last year."}},

      {"footer with copyright, links and a press regulator line, without a footer element",
       R"html(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Glasswater lifeboat crew rescues three from sandbank</title>
</head>
<body>
<div id="masthead"><a href="/">Glasswater Echo</a> <a href="/news">News</a> <a
  href="/coast">Coast</a></div>
<div id="story">
  <h1>Glasswater lifeboat crew rescues three from sandbank</h1>
  <p>Three walkers were rescued from the Long Sand off Glasswater on Sunday afternoon after the
    rising tide cut them off from the shore. The lifeboat reached them within twenty minutes of the
    call, with the water already at their knees.</p>
  <p>The walkers, a man and two teenagers from outside the county, had set out across the sand at
    low tide to reach the wreck of a coal barge that is visible for a few hours each day. None of
    them needed hospital treatment.</p>
  <p>Lifeboat operations manager Clive Oduya said the crew had been called to the sandbank five
    times this year. He urged visitors to check the tide tables and to ask at the lifeboat station
    if they were unsure.</p>
</div>
<div id="bottom">
  <div class="links"><a href="/about">About us</a> <a href="/contact">Contact us</a> <a
    href="/privacy">Privacy policy</a> <a href="/terms">Terms and conditions</a></div>
  <p>Copyright 2024 Glasswater Media Group Ltd. All rights reserved. Registered office: 4 Quay Lane,
    Glasswater. Registered in England and Wales, company number 01234567.</p>
  <p>The Glasswater Echo is a member of the Independent Press Standards Organisation, and we follow
    its Editors' Code of Practice. If you have a complaint, please contact our editor first.</p>
</div>
</body>
</html>)html",
       {"Three walkers were rescued from the Long Sand off Glasswater on Sunday afternoon",
        "None of them needed hospital treatment.", "Lifeboat operations manager Clive Oduya said"},
       {"Copyright 2024 Glasswater Media Group Ltd.", "All rights reserved.",
        "Independent Press Standards Organisation", "Privacy policy", "Terms and conditions"}},

      {"a date line in a time element between the headline and the text",
       R"html(<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Ferry timetable changes | Saltmarsh Echo</title></head>
<body>
<div class="top"><a href="/">Saltmarsh Echo</a></div>
<article>
  <h1>Ferry timetable changes for the winter</h1>
  <time datetime="2024-10-02T08:15:00+01:00">Wednesday 2 October 2024, 8.15am</time>
  <p>The ferry between Saltmarsh Cross and the island of Holm will run four times a day instead of
    six from the start of November, the operator said, because fewer passengers travel in winter.</p>
  <p>Islanders said the last crossing, now at half past five, was too early for people who work on
    the mainland, and asked for a later boat on Fridays at least.</p>
  <div><time datetime="2024-10-02">2 Oct 2024</time></div>
  <p>The operator said it would look again at the timetable in the spring.</p>
</article>
</body>
</html>)html",
       {"The ferry between Saltmarsh Cross and the island of Holm will run four times a day",
        "Islanders said the last crossing, now at half past five, was too early",
        "The operator said it would look again at the timetable in the spring."},
       {"Wednesday 2 October 2024", "2 Oct 2024"}},

      {"breadcrumb trails as a list and as a line of links",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Eskerdale dairy wins cheese award - Eskerdale Farming Times</title>
<meta property="article:section" content="Dairy">
</head>
<body>
<div class="u-flex u-justify-between"><a href="/">Eskerdale Farming Times</a><span><a
  href="/dairy">Dairy</a> <a href="/arable">Arable</a></span></div>
<nav aria-label="Breadcrumb" class="u-text-xs"><ol><li><a href="/">Home</a></li><li><a
  href="/food">Food and Drink</a></li><li><a href="/food/dairy">Dairy Farming</a></li></ol></nav>
<div class="u-container">
  <p class="u-mb-2 u-text-xs"><a href="/">Home</a> › <a href="/business">Rural Business</a> › <a
    href="/business/awards">Awards Season</a></p>
  <h1 class="u-text-3xl">Eskerdale dairy wins cheese award</h1>
  <div class="u-prose">
    <p>A hard cheese made from the milk of a single herd at Fellside Farm in Eskerdale has been
      named the best farmhouse cheese in the country, at an awards dinner in the capital on Thursday
      night.</p>
    <p>Fellside's owners, Ruth and Anders Kjeldsen, began making cheese six years ago when the price
      they were paid for their milk fell below the cost of producing it. They now turn about half
      their milk into cheese, aged for up to two years in a converted barn.</p>
    <p>The judges praised its nutty flavour and long finish. Ruth Kjeldsen said orders had started
      arriving within an hour of the announcement, and that the farm would take on two more
      staff.</p>
  </div>
</div>
<div class="u-mt-16 u-text-sm"><p>Eskerdale Farming Times, Fellgate Road, Eskerdale.</p></div>
</body>
</html>)html",
       {"A hard cheese made from the milk of a single herd at Fellside Farm",
        "They now turn about half their milk into cheese",
        "The judges praised its nutty flavour and long finish."},
       {"Food and Drink", "Dairy Farming", "Rural Business", "Awards Season"}},

      {"a recommended block of classless divs with short linked headlines",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kestrel Bay pier to reopen after storm damage</title>
<meta property="og:title" content="Kestrel Bay pier to reopen after storm damage">
</head>
<body>
<div>
  <div><a href="/">Kestrel Bay Herald</a></div>
  <div><a href="/local">Local</a> <a href="/islands">Islands</a> <a
    href="/opinion">Opinion</a></div>
</div>
<div>
  <div>
    <h1>Kestrel Bay pier to reopen after storm damage</h1>
    <div>
      <p>Kestrel Bay's Victorian pier will reopen to the public at Easter, fourteen months after a
        winter storm tore away a section of its decking and left the far end cut off from the
        promenade.</p>
      <p>Engineers replaced more than three hundred of the cast-iron pier's timber boards and
        strengthened four of its supporting columns, which divers found had been weakened by the
        waves. The work cost the pier trust just under two million pounds.</p>
      <p>Trust chair Lorna Blackwood said the pier's café and the amusement hall at its end would
        open on the same day. The trust plans a fireworks display on the evening of the
        reopening.</p>
    </div>
    <div>
      <div>Recommended for you</div>
      <div><a href="/local/9">Seafront hotel sold to hospitality group</a></div>
      <div><a href="/local/8">Promenade lights switched on early this year</a></div>
      <div><a href="/local/7">Harbour car park to charge for overnight stays</a></div>
      <div><a href="/local/6">Beach huts on the east sands for sale again</a></div>
      <div><a href="/local/5">Council to review seagull feeding ban</a></div>
    </div>
  </div>
</div>
<div><div>Kestrel Bay Herald is part of Coastline Media.</div></div>
</body>
</html>)html",
       {"Kestrel Bay's Victorian pier will reopen to the public at Easter",
        "The work cost the pier trust just under two million pounds.",
        "Trust chair Lorna Blackwood said the pier's café"},
       {"Recommended for you", "Seafront hotel sold to hospitality group",
        "Promenade lights switched on early", "Harbour car park to charge for overnight stays",
        "Beach huts on the east sands", "Council to review seagull feeding ban"}},
  };
  return cases;
}

// Article text that the body must keep, in the shapes pages give it.
const std::vector<BodyCase>& kept_cases() {
  static const std::vector<BodyCase> cases = {
      {"short subheadings about advertising inside an article on the ad market",
       R"html(<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Local radio ad sales recover | Brackley Business</title></head>
<body>
<nav><a href="/">Brackley Business</a> <a href="/media">Media</a></nav>
<article>
  <h1>Local radio ad sales recover after two lean years</h1>
  <p>Brackley's three local radio stations sold more airtime in the spring than in any quarter since
    2021, the stations' sales house said on Monday, as shops and garages returned to the airwaves.</p>
  <h2>Advertising</h2>
  <p>Airtime sold to local businesses rose by a fifth on the year, with car dealers and builders'
    merchants the biggest buyers, while national brands spent about the same as last spring.</p>
  <h2>Sponsored content</h2>
  <p>Paid features read out by presenters, which the stations began to sell last year, brought in
    nearly as much as the traffic and weather sponsorships they replaced.</p>
  <div class="slot"><span>Advertisement</span></div>
  <p>The sales house said it would hire two more account managers before the autumn.</p>
</article>
</body>
</html>)html",
       {"Brackley's three local radio stations sold more airtime in the spring",
        "Airtime sold to local businesses rose by a fifth on the year",
        "Paid features read out by presenters",
        "The sales house said it would hire two more account managers"},
       {"Advertisement"},
       {"Advertising", "Sponsored content"}},

      {"h2 and h3 subheadings inside the article",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>What Northam's budget means for you | The Northam Ledger</title>
<meta name="description" content="Council tax, bins and buses: the budget explained.">
</head>
<body>
<header class="top"><a href="/">The Northam Ledger</a><nav><a href="/city">City</a> <a
  href="/money">Money</a></nav></header>
<main>
<article class="article">
  <h1 class="article__title">What Northam's budget means for you</h1>
  <div class="article__body">
    <p>Northam city council agreed its budget for the coming year on Wednesday night after a
      four-hour debate. Here is what the decisions mean for households, for the bins and for the
      buses.</p>
    <h2>Council tax</h2>
    <p>The council's share of the bill will rise by 4.9 per cent, the most allowed without a
      referendum. For a typical band D home that adds about eighty-five pounds a year, or a little
      over seven pounds a month.</p>
    <h2>Bins and recycling</h2>
    <h3>Garden waste</h3>
    <p>The charge for collecting garden waste goes up from forty to forty-eight pounds a year.
      Collections will stop in December and January, when there is little to collect, and restart in
      February.</p>
    <h3>Food waste</h3>
    <p>Weekly food waste collections will reach every street in the city by the autumn. Households
      that do not yet have a caddy can order one free from the council's website.</p>
    <h2>Buses</h2>
    <p>Three evening bus routes that were due to be withdrawn will keep running for another year,
      paid for by a one-off grant. The council says it will review them again next winter.</p>
  </div>
</article>
</main>
<footer><p>The Northam Ledger, Northam.</p></footer>
</body>
</html>)html",
       {"Northam city council agreed its budget for the coming year on Wednesday night",
        "Council tax", "The council's share of the bill will rise by 4.9 per cent",
        "Bins and recycling", "Garden waste",
        "The charge for collecting garden waste goes up from forty to forty-eight pounds a year.",
        "Food waste",
        "Weekly food waste collections will reach every street in the city by the autumn.", "Buses",
        "Three evening bus routes that were due to be withdrawn"},
       {"The Northam Ledger, Northam."},
       {"Council tax", "Bins and recycling", "Garden waste", "Food waste", "Buses"}},

      {"bulleted and numbered lists inside the article",
       R"html(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Dunmere road closures: what you need to know</title>
<meta property="og:site_name" content="The Dunmere Dispatch">
</head>
<body>
<div class="hdr"><a href="/">The Dunmere Dispatch</a> <a href="/travel">Travel</a> <a
  href="/news">News</a></div>
<div class="page-body">
  <h1>Dunmere road closures: what you need to know</h1>
  <div class="post-text">
    <p>Work to replace the water main under Dunmere's high street begins on Monday and will close
      parts of the town centre to traffic for up to ten weeks. The water company says it has planned
      the work in stages to keep at least one route open at all times.</p>
    <p>These roads will be closed during the first stage:</p>
    <ul>
      <li>High Street between the Market Cross and Bridge Street, closed to all traffic.</li>
      <li>Bridge Street, open to buses and taxis only, from seven in the morning.</li>
      <li>Kiln Lane, closed overnight between eight in the evening and six in the morning.</li>
    </ul>
    <p>The water company has asked drivers heading for the station to follow the signed diversion.
      To reach the town centre car parks:</p>
    <ol>
      <li>Leave the bypass at the Orchard Way roundabout rather than at Bridge Street.</li>
      <li>Follow Orchard Way to the end and turn left into Tannery Road.</li>
      <li>Use the Tannery Road car park, which will be free until the work is finished.</li>
    </ol>
    <p>Shops on the high street will stay open throughout, and the Saturday market will move to the
      square outside the library until the work is complete.</p>
  </div>
</div>
<div class="ftr"><p>The Dunmere Dispatch is published by Dunmere Community Media.</p></div>
</body>
</html>)html",
       {"Work to replace the water main under Dunmere's high street begins on Monday",
        "These roads will be closed during the first stage:",
        "High Street between the Market Cross and Bridge Street, closed to all traffic.",
        "Bridge Street, open to buses and taxis only, from seven in the morning.",
        "Kiln Lane, closed overnight between eight in the evening and six in the morning.",
        "The water company has asked drivers heading for the station to follow the signed "
        "diversion.",
        "Leave the bypass at the Orchard Way roundabout rather than at Bridge Street.",
        "Follow Orchard Way to the end and turn left into Tannery Road.",
        "Use the Tannery Road car park, which will be free until the work is finished.",
        "Shops on the high street will stay open throughout"},
       {"published by Dunmere Community Media"}},

      {"block quotes inside the article, with and without paragraphs in them",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Halvik islanders vote against wind turbine</title>
<meta name="author" content="Perrin Lowe">
</head>
<body>
<header class="l-header"><a href="/">Kestrel Bay Herald</a><nav class="c-menu"><a
  href="/islands">Islands</a> <a href="/energy">Energy</a></nav></header>
<main class="l-main">
<article class="c-article">
  <h1 class="c-article__title">Halvik islanders vote against wind turbine</h1>
  <div class="c-article__body">
    <p>Islanders on Halvik have voted against a plan for a community wind turbine on the island's
      northern hill, by 212 votes to 187, in a ballot organised by the community council. Turnout
      was almost eighty per cent.</p>
    <p>Supporters had argued that the turbine would cut electricity bills and pay for a new
      community hall. Opponents said it would spoil the view from the island's oldest croft houses
      and frighten the seabirds that nest on the cliffs below. In a letter to every household before
      the vote, the community council set out its view:</p>
    <blockquote class="c-article__quote">
      <p>The turbine would have earned the island more in a year than all our fundraising of the
        last ten. We respect the result, but we will need to find another way to keep the hall and
        the shop open.</p>
    </blockquote>
    <p>Ewan Gilchrist, a crofter who led the campaign against the plan, said the island had made its
      choice with its eyes open.</p>
    <blockquote>We are not against clean power, but this was the wrong hill and the wrong size of
      machine for an island this small.</blockquote>
    <p>The community council said it would consider smaller turbines or solar panels on the school
      roof instead.</p>
  </div>
</article>
</main>
<footer class="l-footer"><p>Kestrel Bay Herald is part of Coastline Media.</p></footer>
</body>
</html>)html",
       {"Islanders on Halvik have voted against a plan for a community wind turbine",
        "Opponents said it would spoil the view from the island's oldest croft houses",
        "The turbine would have earned the island more in a year than all our fundraising",
        "Ewan Gilchrist, a crofter who led the campaign against the plan",
        "We are not against clean power, but this was the wrong hill",
        "The community council said it would consider smaller turbines"},
       {"Kestrel Bay Herald is part of Coastline Media."}},

      {"article text in divs with no p element",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Peltham bakery marks a hundred years on the same corner</title>
<meta property="og:title" content="Peltham bakery marks a hundred years on the same corner">
</head>
<body>
<header id="top"><div class="logo"><a href="/">The Peltham Gazette</a></div><nav><a
  href="/news">News</a> <a href="/business">Business</a></nav></header>
<div class="article">
  <h1 class="headline">Peltham bakery marks a hundred years on the same corner</h1>
  <div class="article-text">
    <div class="para">Harker's bakery on the corner of Well Street and the Parade celebrated its
      hundredth birthday on Saturday with free slices of its original fruit loaf, baked to a recipe
      written down by the founder, Ada Harker, in 1924.</div>
    <div class="para">The bakery has been run by four generations of the same family. Its current
      owner, Joe Harker, starts work at three each morning and still uses the brick oven that his
      great-grandmother had built into the back wall of the shop.</div>
    <div class="para">Customers queued along the Parade from before eight. Among them was Doreen
      Willis, ninety-four, who said she had bought her bread at Harker's every week since she was a
      girl and could remember the horse that pulled the delivery cart.</div>
    <div class="para">Joe Harker said the family had no plans to sell, and that his daughter had
      just started an apprenticeship in the bakery.</div>
  </div>
</div>
<footer><p>The Peltham Gazette. Independent local journalism since 1887.</p></footer>
</body>
</html>)html",
       {"Harker's bakery on the corner of Well Street and the Parade celebrated its hundredth "
        "birthday",
        "The bakery has been run by four generations of the same family.",
        "Among them was Doreen Willis, ninety-four",
        "Joe Harker said the family had no plans to sell"},
       {"Independent local journalism since 1887."}},

      {"article text in nested divs with hashed classes and no p element",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Wyndcombe startup raises funds for tidal power buoy</title>
<meta name="description" content="The company plans a trial off the coast next year.">
</head>
<body>
<div id="root">
<div class="css-1dbjc4n r-13awgt0">
  <div class="css-1dbjc4n r-18u37iz"><a class="css-4rbku5" href="/">Wyndcombe Business Review</a><a
    class="css-4rbku5" href="/tech">Tech</a><a class="css-4rbku5" href="/energy">Energy</a></div>
  <div class="css-1dbjc4n r-1iusvr4">
    <div class="css-901oao r-1qd0xha" role="heading" aria-level="1">Wyndcombe startup raises funds
      for tidal power buoy</div>
    <div class="css-1dbjc4n r-1awozwy">
      <div dir="auto" class="css-901oao r-jwli3a">A Wyndcombe company that has designed a floating
        buoy to turn the rise and fall of the tide into electricity has raised 3.2 million pounds
        from investors, and plans to test a full-size machine off the coast next summer.</div>
      <div dir="auto" class="css-901oao r-jwli3a">Tidewell was founded four years ago by two
        engineers who met while working on offshore wind farms. Its buoy is tethered to the seabed
        and drives a generator as it is pulled up and down, which the company says makes it cheaper
        to install than turbines that sit on the seabed.</div>
      <div dir="auto" class="css-901oao r-jwli3a">Chief executive Marta Quiroga said the money would
        pay for the trial and for ten new engineering jobs at the company's workshop on the harbour
        estate. The trial needs a licence from the marine authorities, which Tidewell expects by the
        spring.</div>
    </div>
  </div>
  <div class="css-1dbjc4n r-1h0z5md"><span class="css-901oao">Wyndcombe Business Review
    Ltd.</span></div>
</div>
</div>
</body>
</html>)html",
       {"A Wyndcombe company that has designed a floating buoy",
        "Tidewell was founded four years ago by two engineers",
        "Chief executive Marta Quiroga said the money would pay for the trial"},
       {"Wyndcombe Business Review Ltd."}},

      {"text runs separated by br br inside one div",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Lower Tarnby church bells ring again</title>
</head>
<body bgcolor="#ffffff">
<div class="navbar"><a href="/">Tarn Valley Voice</a> | <a href="/villages">Villages</a> | <a
  href="/archive">Archive</a></div>
<h1>Lower Tarnby church bells ring again</h1>
<div class="entry">
The bells of St Michael's in Lower Tarnby rang out on Sunday for the first time in nine years, after
  a team of volunteers spent two summers restoring the frame that holds them and learning to ring
  them.<br><br>
The six bells, the oldest of which was cast in 1632, were taken down in 2015 when an inspection
  found that the oak frame in the tower was rotten. The village raised 85,000 pounds to have the
  frame rebuilt and the bells retuned at a foundry.<br><br>
Tower captain Maureen Ashby said the new band of ringers had practised on handbells in the village
  hall for a year before they climbed the tower. The youngest of them is twelve.<br><br>
The bells will be rung for Sunday services and for weddings, and the band is looking for more
  learners.
</div>
<div class="foot">Tarn Valley Voice, a community newspaper.</div>
</body>
</html>)html",
       {"The bells of St Michael's in Lower Tarnby rang out on Sunday for the first time in "
        "nine years",
        "The six bells, the oldest of which was cast in 1632",
        "Tower captain Maureen Ashby said the new band of ringers had practised on handbells",
        "The bells will be rung for Sunday services and for weddings"},
       {"Tarn Valley Voice, a community newspaper."},
       {"The bells of St Michael's in Lower Tarnby rang out on Sunday for the first time in nine "
        "years, after a team of volunteers spent two summers restoring the frame that holds them "
        "and learning to ring them.",
        "The bells will be rung for Sunday services and for weddings, and the band is looking for "
        "more learners."}},

      {"text runs separated by br br inside one p",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Thornquay fish market moves to new hall</title>
<meta name="author" content="Dai Penhallow">
</head>
<body>
<header><a href="/">Thornquay Post</a><nav><a href="/maritime">Maritime</a> <a
  href="/business">Business</a></nav></header>
<main>
<article>
<h1>Thornquay fish market moves to new hall</h1>
<p>Thornquay's daily fish auction moved on Monday into a new hall on the east quay, replacing the
  draughty shed on the harbour front that has housed it since the 1950s.<br><br>The new hall has
  chilled storage for two hundred boxes of fish and an electronic auction board, which allows buyers
  who cannot come to the quay to bid online. The first lot sold was a box of hake landed by the
  trawler Morning Star.<br><br>Auctioneer Steffan Rowe said prices on the first morning were steady
  and that buyers from as far as the capital had bid online.<br><br>The old shed will be demolished
  in the summer to make way for a public space on the harbour front.</p>
</article>
</main>
<footer><p>Thornquay Post, Harbour Buildings, Thornquay.</p></footer>
</body>
</html>)html",
       {"Thornquay's daily fish auction moved on Monday into a new hall on the east quay",
        "The first lot sold was a box of hake landed by the trawler Morning Star.",
        "Auctioneer Steffan Rowe said prices on the first morning were steady",
        "The old shed will be demolished in the summer"},
       {"Thornquay Post, Harbour Buildings, Thornquay."},
       {"Auctioneer Steffan Rowe said prices on the first morning were steady and that buyers "
        "from as far as the capital had bid online.",
        "The old shed will be demolished in the summer to make way for a public space on the "
        "harbour front."}},

      {"table layout page with the text in a td",
       R"html(<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Redmire Chronicle - Signal box to become museum</title>
</head>
<body>
<table width="100%" border="0" cellpadding="4">
<tr><td colspan="2" bgcolor="#003366"><font color="#ffffff" size="5">Redmire
  Chronicle</font></td></tr>
<tr>
<td width="160" valign="top">
<a href="/">Home</a><br><a href="/news">News</a><br><a href="/sport">Sport</a><br><a
  href="/letters">Letters to the Editor</a><br><a href="/archive">Back Issues</a>
</td>
<td valign="top">
<font size="4"><b>Signal box to become museum</b></font><br><br>
The old signal box at Redmire Junction, which controlled trains on the branch line for almost a
  century, is to become a small railway museum run by a group of former railwaymen and local
  volunteers.<br><br>
The box was closed in 1991 when the signalling was moved to a control centre in the city, and it has
  stood empty on the edge of the station car park ever since. Network engineers agreed last month to
  lease it to the group for a peppercorn rent.<br><br>
Group secretary Harold Pybus, who worked in the box as a young signalman, said the original levers
  were still in place and that the group hoped to restore them so that visitors could pull
  them.<br><br>
The museum is expected to open on summer weekends from next year.
</td>
</tr>
<tr><td colspan="2" align="center"><font size="1">Copyright Redmire Chronicle. All rights
  reserved.</font></td></tr>
</table>
</body>
</html>)html",
       {"The old signal box at Redmire Junction, which controlled trains on the branch line",
        "Network engineers agreed last month to lease it to the group for a peppercorn rent.",
        "Group secretary Harold Pybus, who worked in the box as a young signalman",
        "The museum is expected to open on summer weekends from next year."},
       {"Letters to the Editor", "Back Issues", "Copyright Redmire Chronicle."}},

      {"article element holding a share bar and a caption beside the text",
       R"html(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Castell Rhos slate quarry reopens after forty years</title>
<meta property="og:site_name" content="Rhos Valley News">
</head>
<body>
<header class="gh"><a href="/">Rhos Valley News</a><nav class="gh__nav"><a
  href="/business">Business</a> <a href="/heritage">Heritage</a></nav></header>
<main>
<article>
  <h1>Castell Rhos slate quarry reopens after forty years</h1>
  <div class="k9x-row">
    <a class="k9x-btn" href="https://facebook.example/share">Share on Facebook</a>
    <a class="k9x-btn" href="https://x.example/intent">Share on X</a>
    <span class="k9x-cnt">86 shares</span>
  </div>
  <figure class="k9x-fig">
    <img src="/img/quarry.jpg" alt="">
    <figcaption class="k9x-cap">The quarry face above Castell Rhos, where blasting will resume in
      May. Photo: Non Bevan</figcaption>
  </figure>
  <p>The slate quarry above Castell Rhos is to reopen after forty years, with a small company
    planning to cut roofing slate for the restoration of old buildings. The first slates are
    expected to leave the quarry by the end of the summer.</p>
  <p>Rhos Slate Ltd has been granted permission to work a narrow seam on the upper level of the old
    workings, which closed in 1984. It will employ eight people at first, several of them sons and
    grandsons of men who worked the quarry before it closed.</p>
  <p>Managing director Iwan Parry said demand for matching slate from conservation projects far
    outstripped supply, and that many churches and chapels in the valley had been patched with
    imported slate that did not match the originals.</p>
  <div class="k9x-row"><a class="k9x-btn" href="mailto:?subject=Quarry">Share by email</a></div>
</article>
</main>
<footer><p>Rhos Valley News. Letters to the editor welcome.</p></footer>
</body>
</html>)html",
       {"The slate quarry above Castell Rhos is to reopen after forty years",
        "It will employ eight people at first",
        "Managing director Iwan Parry said demand for matching slate"},
       {"Share on Facebook", "86 shares", "The quarry face above Castell Rhos", "Photo: Non Bevan",
        "Share by email"}},

      {"JSON-LD articleBody on a page with no body markup",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Fenwick Valley reservoir levels fall to record low</title>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Fenwick Valley reservoir levels fall to record low",
 "datePublished":"2024-08-21T07:30:00+01:00",
 "author":{"@type":"Person","name":"Rosalind Achebe"},
 "articleBody":"The reservoirs that supply the Fenwick Valley have fallen to their lowest )html"
       R"html(level since records began, the water company said on Tuesday, after the driest )html"
       R"html(summer in the region for sixty years.\n\nThe three reservoirs are at 38 per )html"
       R"html(cent of capacity, against an average of 71 per cent for late August. The )html"
       R"html(company said a ban on hosepipes, already in force, would stay until the levels )html"
       R"html(recovered.\n\n)html"
       R"html(Farmers in the valley have been told they may not take water from the river for )html"
       R"html(irrigation until further notice. The company asked households to save water )html"
       R"html(where they could, and said it was fixing leaks faster than at any time before."}
</script>
</head>
<body>
<div class="site-head"><a href="/">Fenwick Valley Gazette</a><div class="site-head__links"><a
  href="/news">News</a> <a href="/weather">Weather</a></div></div>
<div id="app"></div>
<noscript>Please enable JavaScript to read this site.</noscript>
<div class="site-bottom">
  <p>Copyright 2024 Fenwick Valley Gazette Ltd. All rights reserved. Registered office: Station
    Road, Fenwick.</p>
  <a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a>
</div>
</body>
</html>)html",
       {"The reservoirs that supply the Fenwick Valley have fallen to their lowest level since "
        "records began",
        "The three reservoirs are at 38 per cent of capacity",
        "Farmers in the valley have been told they may not take water from the river"},
       {"Copyright 2024 Fenwick Valley Gazette Ltd.", "Please enable JavaScript",
        "Privacy policy"}},

      {"JSON-LD articleBody teaser while the page holds the full text",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Marrowby market square to be pedestrianised | Marrowby Courier</title>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Marrowby market square to be pedestrianised",
 "articleBody":"Cars will be banned from Marrowby's market square from next spring under )html"
       R"html(plans approved by the borough council..."}
</script>
</head>
<body>
<header class="site-header"><a class="site-header__logo" href="/">Marrowby Courier</a><nav
  class="site-header__nav"><a href="/news">News</a> <a href="/council">Council</a></nav></header>
<main>
<article class="story">
  <h1 class="story__headline">Marrowby market square to be pedestrianised</h1>
  <div class="story__body">
    <p class="story__para">Cars will be banned from Marrowby's market square from next spring under
      plans approved by the borough council on Thursday, ending decades of arguments about traffic
      in the centre of the old town.</p>
    <p class="story__para">The square will be repaved and planted with trees, and its thirty parking
      spaces moved to a new deck on the Castle Street car park. Delivery vans will still be allowed
      in before ten in the morning.</p>
    <p class="story__para">Market traders, who had feared losing passing trade, won a promise that
      the Thursday market would be allowed to grow into the space freed by the cars. The work is
      expected to take four months.</p>
  </div>
</article>
</main>
<footer class="site-footer"><p class="site-footer__legal">Marrowby Courier, Castle Street,
  Marrowby.</p></footer>
</body>
</html>)html",
       {"Cars will be banned from Marrowby's market square from next spring under plans approved "
        "by the borough council on Thursday",
        "Delivery vans will still be allowed in before ten in the morning.",
        "The work is expected to take four months."},
       {"approved by the borough council..."}},

      {"itemprop articleBody element beside a longer column of other text",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Glasswater harbour wall repairs begin</title>
</head>
<body>
<div id="masthead"><a href="/">Glasswater Echo</a> <a href="/news">News</a> <a
  href="/coast">Coast</a></div>
<div class="grid">
  <div class="main" itemscope itemtype="https://schema.org/NewsArticle">
    <h1 itemprop="headline">Glasswater harbour wall repairs begin</h1>
    <div itemprop="articleBody">
      <p>Repairs to Glasswater's harbour wall began on Monday, two years after storms washed away
        part of its outer face and left the fishing fleet exposed to easterly gales. The work is
        expected to take until the end of the year.</p>
      <p>Divers will first fill the hollows behind the wall with concrete before masons rebuild the
        face with granite blocks, some of them recovered from the harbour floor.</p>
      <p>Harbour master Jonas Eriksen said boats would be able to use the harbour throughout, though
        the outer berths would be closed while cranes worked on the wall.</p>
    </div>
  </div>
  <div class="extra">
    <h2>From the archive</h2>
    <p>In 1953, when the great storm struck the east coast, the harbour wall at Glasswater held,
      though the sea broke over it for hours, flooding the fish market, the lifeboat station, the
      chandlery and the cottages along Quay Lane.</p>
    <p>The wall was built between 1841 and 1849 by a workforce of several hundred men, many of them
      brought from the granite quarries of the north, and it was paid for, in part, by a tax on
      every barrel of herring landed in the port.</p>
    <p>Its lighthouse, added in 1867, was kept by the same family, the Fairweathers, for three
      generations, until the light was automated, its keeper's cottage sold and its lamp replaced by
      an electric beacon.</p>
  </div>
</div>
<div id="bottom"><p>Glasswater Echo, 4 Quay Lane, Glasswater.</p></div>
</body>
</html>)html",
       {"Repairs to Glasswater's harbour wall began on Monday",
        "Divers will first fill the hollows behind the wall with concrete",
        "Harbour master Jonas Eriksen said boats would be able to use the harbour throughout"},
       {"when the great storm struck the east coast", "The wall was built between 1841 and 1849",
        "Its lighthouse, added in 1867"}},

      {"a long body split in two containers by an inline ad",
       R"html(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>How Saltmarsh Cross rebuilt its lido | Marsh and Coast</title>
<meta property="og:title" content="How Saltmarsh Cross rebuilt its lido">
<meta property="article:section" content="Towns">
</head>
<body>
<div class="_h1x9"><a href="/">Marsh and Coast</a><div class="_n2y8"><a href="/towns">Towns</a><a
  href="/culture">Culture</a><a href="/outdoors">Outdoors</a></div></div>
<article class="longread">
  <h1 class="longread__title">How Saltmarsh Cross rebuilt its lido</h1>
  <div class="longread__part">
    <p>When the lido at Saltmarsh Cross closed in 2009, nobody in the town expected to swim in it
      again. The pool had leaked for years, the changing huts were rotten, and the council, facing
      deep cuts, fenced it off and put the site up for sale.</p>
    <p>It was a group of five swimmers, most of them in their sixties, who refused to let it go.
      They formed a trust, persuaded the council to lease them the site for a pound a year, and
      began raising money at the Saturday market with a table and a jar.</p>
    <p>The first estimate for the repairs came to 1.9 million pounds. "We laughed, and then we
      started phoning people," said Veronica Hale, the trust's chair, who learned to swim in the
      lido as a child in the 1960s.</p>
    <p>Over the next twelve years the trust won grants from heritage and sports funds, ran sponsored
      swims in the sea every New Year's Day, and sold the names of the pool's 400 tiles to donors at
      fifty pounds each.</p>
  </div>
  <div class="ad-container"><span class="ad-label">Advertisement</span><div class="ad-unit"
    data-slot="inread"></div></div>
  <div class="longread__part">
    <p>Builders finally moved in two years ago. They relined the pool, rebuilt the art deco entrance
      and installed solar panels that heat the water to a modest twenty-two degrees, warm enough,
      the trust says, for all but the most determined complainers.</p>
    <p>Since the lido reopened last May it has sold more than 60,000 swims. On hot days a queue
      stretches along the promenade, and the cafe by the deep end has become a meeting place for the
      town's early-morning swimmers.</p>
    <p>The council, which once wanted to sell the site, now describes the lido as one of the town's
      main attractions. Its tourism officer said hotel bookings for the summer had risen by a
      quarter.</p>
    <p>The trust still has debts to pay off and is raising money for a learner pool. Veronica Hale
      says she swims a kilometre there every morning, whatever the weather, and has no intention of
      stopping.</p>
  </div>
</article>
<div class="_f2i8"><p>Marsh and Coast, independent since 2009.</p></div>
</body>
</html>)html",
       {"When the lido at Saltmarsh Cross closed in 2009",
        "It was a group of five swimmers, most of them in their sixties",
        "said Veronica Hale, the trust's chair",
        "sold the names of the pool's 400 tiles to donors at fifty pounds each",
        "Builders finally moved in two years ago.",
        "Since the lido reopened last May it has sold more than 60,000 swims.",
        "Its tourism officer said hotel bookings for the summer had risen by a quarter.",
        "has no intention of stopping."},
       {"Advertisement"}},

      {"a long body split in two sections by a related box",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The last ferryman of the Esker</title>
<meta name="author" content="Bea Thornley">
</head>
<body>
<header class="hdr"><a class="hdr-logo" href="/">Orrisford Daily</a><nav class="hdr-nav"><a
  href="/news">News</a> <a href="/features">Features</a></nav></header>
<main>
  <h1>The last ferryman of the Esker</h1>
  <section>
    <p>For forty-three years, Len Sowerby has rowed passengers across the River Esker between
      Orrisford and the hamlet of Nethercote, a crossing of about sixty metres that saves walkers a
      three-mile trip round by the bridge.</p>
    <p>The ferry has run at this spot since at least the fourteenth century, when monks charged a
      penny for the crossing. Len took over the boat from his uncle in 1981 and has missed only a
      handful of days since, most of them in floods.</p>
    <p>He charges a pound each way, or fifty pence for children and dogs, and rings a brass bell on
      the Nethercote bank to let walkers know he is on his way. On a busy summer Sunday he makes the
      crossing more than a hundred times.</p>
  </section>
  <div class="bx-77">
    <h4>Related</h4>
    <a href="/features/boatbuilder">The boatbuilder keeping wooden skiffs alive</a>
    <a href="/news/bridge-tolls">Orrisford bridge tolls to end next year</a>
  </div>
  <section>
    <p>At seventy-four, Len says he will retire at the end of this season. The parish council has
      been looking for someone to take the oars, but so far the only applicant has been a student
      who wanted the job for the summer holidays.</p>
    <p>Without a ferryman the crossing would lapse, and walkers on the riverside path would face the
      long detour. Some in Nethercote have suggested a footbridge, but the river authority says one
      would be too costly for so small a crossing.</p>
    <p>Len says he hopes someone will come forward. "It is not a job for the money," he said, "but
      you do meet everybody, sooner or later."</p>
  </section>
</main>
<footer><p>Orrisford Daily, News House, Orrisford.</p></footer>
</body>
</html>)html",
       {"For forty-three years, Len Sowerby has rowed passengers across the River Esker",
        "Len took over the boat from his uncle in 1981",
        "He charges a pound each way, or fifty pence for children and dogs",
        "At seventy-four, Len says he will retire at the end of this season.",
        "Without a ferryman the crossing would lapse",
        "but you do meet everybody, sooner or later."},
       {"The boatbuilder keeping wooden skiffs alive", "Orrisford bridge tolls to end next year"}},

      {"a comment section longer than the article, classed as comments",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Northam to trial four-day week for council staff</title>
<meta property="og:site_name" content="The Northam Ledger">
</head>
<body>
<header class="top"><a href="/">The Northam Ledger</a><nav><a href="/city">City</a> <a
  href="/jobs">Jobs</a></nav></header>
<main>
<article class="article">
  <h1 class="article__title">Northam to trial four-day week for council staff</h1>
  <div class="article__body">
    <p>About four hundred office staff at Northam city council will work a four-day week for six
      months from January, on the same pay, in a trial that the council says could help it recruit
      planners and accountants.</p>
    <p>Staff will be expected to do the same work in thirty-two hours. Services that deal with the
      public, such as the customer centre and the libraries, will keep their opening hours by
      staggering the days off.</p>
    <p>Council leader Amina Doyle said the council had struggled for two years to fill posts.
      Opposition councillors called the trial a gimmick and said it should be put to a vote of the
      full council.</p>
  </div>
</article>
<section class="comments" id="comments">
  <h2>Comments (6)</h2>
  <div class="comment"><p class="comment__meta">northamresident</p><p class="comment__text">I pay my
    council tax for five days of service, not four, and I would like to know who is answering the
    phone on the fifth day, because nobody answered it when I rang about my bins last month, on a
    Tuesday, which I assume was one of the working days.</p></div>
  <div class="comment"><p class="comment__meta">Pete W</p><p class="comment__text">Good for them.
    Private firms have been doing this for years, and the ones I know of have found that people get
    just as much done, are off sick less often, and stay in their jobs longer, which saves a fortune
    in recruitment and training.</p></div>
  <div class="comment"><p class="comment__meta">sceptical_sue</p><p class="comment__text">A trial
    that is judged by the same people who designed it, with no independent measure of what gets
    done, will of course be declared a success, and in a year's time it will quietly become
    permanent without anyone having voted on it.</p></div>
  <div class="comment"><p class="comment__meta">M. Okonjo</p><p class="comment__text">My daughter
    works in the planning department and they are desperate for staff, with half the desks empty and
    a backlog of applications going back eight months, so anything that helps them hire people is
    worth trying, in my view.</p></div>
  <div class="comment"><p class="comment__meta">northamresident</p><p class="comment__text">Pete,
    private firms are not funded by my council tax, and if their customers do not like it they can
    go elsewhere, whereas I cannot choose a different council to empty my bins, fix the potholes on
    my road or answer my letters.</p></div>
  <div class="comment"><p class="comment__meta">Old Hand</p><p class="comment__text">I worked for
    the council for thirty years, through three reorganisations, two pay freezes and more
    consultants than I can count, and the one thing I learned is that nothing is ever as temporary
    as a trial.</p></div>
</section>
<footer><p>The Northam Ledger, Northam.</p></footer>
</body>
</html>)html",
       {"About four hundred office staff at Northam city council will work a four-day week",
        "Staff will be expected to do the same work in thirty-two hours.",
        "Council leader Amina Doyle said the council had struggled for two years to fill posts."},
       {"Comments (6)", "I pay my council tax for five days of service",
        "Private firms have been doing this for years", "A trial that is judged by the same people",
        "My daughter works in the planning department", "private firms are not funded",
        "nothing is ever as temporary as a trial"}},

      {"a comment section longer than the article, with hashed class names",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pinegrove arena roof to be replaced before hockey season</title>
<meta property="og:title" content="Pinegrove arena roof to be replaced before hockey season">
</head>
<body>
<div class="c-4f1e"><a href="/">Northshore Sentinel</a><span class="c-5a2b"><a
  href="/local">Local</a> <a href="/sports">Sports</a></span></div>
<div class="c-2b9c">
  <article class="c-6c3d">
    <h1 class="c-7e4f">Pinegrove arena roof to be replaced before hockey season</h1>
    <p class="c-8a5b">The roof of the Pinegrove community arena will be replaced this summer, after
      engineers found that snow loads last winter had bent two of the steel trusses that hold it up.
      The arena has been closed since March as a precaution.</p>
    <p class="c-8a5b">The work will cost about 1.1 million dollars, shared between the town, the
      province and a fundraising campaign by the minor hockey association. Council expects the arena
      to reopen in time for the first games of the season in October.</p>
    <p class="c-8a5b">Arena manager Colin Tremblay said the new roof would be steeper, so that snow
      slides off rather than building up, and would have insulation that cuts the cost of keeping
      the ice frozen.</p>
  </article>
  <div class="c-3d0e">
    <h2 class="c-4e1f">Join the conversation</h2>
    <div class="c-5f2a"><span class="c-6a3b">hockeymom88</span><time class="c-7b4c">2h ago</time><p
      class="c-8c5d">Three of my kids play out of that arena and we have been driving forty minutes
      each way to practice in Birch Falls since March, five nights a week some weeks, so October
      cannot come soon enough for this family.</p><button class="c-9d6e">Reply</button><button
      class="c-9d6e">Report</button></div>
    <div class="c-5f2a"><span class="c-6a3b">Gord T.</span><time class="c-7b4c">2h ago</time><p
      class="c-8c5d">Those trusses were put up in 1978 and everybody in town knew the roof was
      tired, but the council kept patching it instead of planning for it, and now we pay more, in a
      hurry, with the province holding the purse strings.</p><button
      class="c-9d6e">Reply</button><button class="c-9d6e">Report</button></div>
    <div class="c-5f2a"><span class="c-6a3b">rinkrat</span><time class="c-7b4c">1h ago</time><p
      class="c-8c5d">Credit to the minor hockey parents, who raised more through bottle drives,
      raffles and the spring tournament than anyone thought possible, and who deserve a banner in
      the rafters when the place reopens.</p><button class="c-9d6e">Reply</button><button
      class="c-9d6e">Report</button></div>
    <div class="c-5f2a"><span class="c-6a3b">LakesideLou</span><time class="c-7b4c">1h ago</time><p
      class="c-8c5d">Will the curling club get its Tuesday nights back when the ice goes in, or are
      we going to be pushed to the late slots again, like last time the schedule was redone after a
      closure?</p><button class="c-9d6e">Reply</button><button class="c-9d6e">Report</button></div>
    <div class="c-5f2a"><span class="c-6a3b">Gord T.</span><time class="c-7b4c">40m ago</time><p
      class="c-8c5d">Lou, the schedule goes to council in August, and if enough curlers show up to
      the meeting, which is open to the public, I expect they will find a way to give you back your
      Tuesdays.</p><button class="c-9d6e">Reply</button><button class="c-9d6e">Report</button></div>
    <a class="c-0f7a" href="#">Load 14 more comments</a>
  </div>
</div>
<div class="c-1a8b"><p>Northshore Sentinel, serving the north shore since 1956.</p></div>
</body>
</html>)html",
       {"The roof of the Pinegrove community arena will be replaced this summer",
        "The work will cost about 1.1 million dollars",
        "Arena manager Colin Tremblay said the new roof would be steeper"},
       {"Join the conversation", "Three of my kids play out of that arena",
        "Those trusses were put up in 1978", "Credit to the minor hockey parents",
        "Will the curling club get its Tuesday nights back",
        "the schedule goes to council in August", "Load 14 more comments"}},

      {"a live blog of short timestamped posts",
       R"html(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Live: Kestrel Bay storm updates | Kestrel Bay Herald</title>
<meta property="og:title" content="Live: Kestrel Bay storm updates">
</head>
<body>
<header class="l-header"><a href="/">Kestrel Bay Herald</a><nav class="c-menu"><a
  href="/local">Local</a> <a href="/weather">Weather</a></nav></header>
<main class="l-main">
  <h1>Live: Kestrel Bay storm updates</h1>
  <div class="live-feed">
    <article class="live-post" id="post-6">
      <time datetime="2024-02-11T16:40:00Z">16:40</time>
      <p>The coastguard says the crew of the fishing boat that lost power off the headland have been
        towed safely into the harbour by the lifeboat.</p>
    </article>
    <article class="live-post" id="post-5">
      <time datetime="2024-02-11T15:55:00Z">15:55</time>
      <h3>Promenade closed</h3>
      <p>Police have closed the promenade between the pier and the lifeboat station after waves
        threw shingle across the road.</p>
    </article>
    <article class="live-post" id="post-4">
      <time datetime="2024-02-11T15:10:00Z">15:10</time>
      <p>About 1,200 homes in the north of the town are without power, the electricity network says.
        Engineers are waiting for the wind to drop before they climb the poles.</p>
    </article>
    <article class="live-post" id="post-3">
      <time datetime="2024-02-11T14:30:00Z">14:30</time>
      <p>Trains between Kestrel Bay and the city have been suspended after a tree fell across the
        line near Halt Cottage.</p>
    </article>
    <article class="live-post" id="post-2">
      <time datetime="2024-02-11T13:45:00Z">13:45</time>
      <p>A gust of 84mph has been recorded at the weather station on the headland, the strongest in
        the bay for six years.</p>
    </article>
    <article class="live-post" id="post-1">
      <time datetime="2024-02-11T13:00:00Z">13:00</time>
      <p>Welcome to our live coverage of the storm. Schools in the bay closed at lunchtime and the
        afternoon ferry to Halvik has been cancelled.</p>
    </article>
  </div>
</main>
<footer class="l-footer"><p>Kestrel Bay Herald is part of Coastline Media.</p></footer>
</body>
</html>)html",
       {"have been towed safely into the harbour by the lifeboat.",
        "Police have closed the promenade between the pier and the lifeboat station",
        "About 1,200 homes in the north of the town are without power",
        "Trains between Kestrel Bay and the city have been suspended",
        "A gust of 84mph has been recorded at the weather station on the headland",
        "Welcome to our live coverage of the storm."},
       {"Kestrel Bay Herald is part of Coastline Media."}},
  };
  return cases;
}

// Pages with no article text at all: a photo gallery and a video page. Their captions, credits
// and lists of more galleries or videos are not a body.
const std::vector<BodyCase>& no_body_cases() {
  static const std::vector<BodyCase> cases = {
      {"a photo gallery with captions and credits",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>In pictures: Wyndcombe regatta 2024 | Wyndcombe Life</title>
<meta property="og:type" content="website">
</head>
<body>
<div class="gl-head"><a href="/">Wyndcombe Life</a> <a href="/pictures">Pictures</a> <a
  href="/events">Events</a></div>
<div class="gl-page">
  <h1>In pictures: Wyndcombe regatta 2024</h1>
  <div class="gl-grid">
    <div class="gl-item"><img src="/g/1.jpg" alt=""><p class="gl-text">Crews from eleven clubs raced
      on the estuary in bright sunshine on Saturday afternoon. Photo: Amos Keel</p></div>
    <div class="gl-item"><img src="/g/2.jpg" alt=""><p class="gl-text">The junior sculls final was
      decided by less than a boat length at the finish buoy. Photo: Amos Keel</p></div>
    <div class="gl-item"><img src="/g/3.jpg" alt=""><p class="gl-text">Spectators lined the harbour
      wall to watch the veterans' race. Photo: Amos Keel</p></div>
    <div class="gl-item"><img src="/g/4.jpg" alt=""><p class="gl-text">The winning crew from
      Saltmarsh Cross lift the regatta cup on the quay. Photo: Amos Keel</p></div>
  </div>
  <div class="gl-more"><h2>More galleries</h2><a href="/pictures/carnival">Carnival parade in
    pictures</a> <a href="/pictures/show">County show in pictures</a></div>
</div>
<div class="gl-foot"><p>Copyright 2024 Wyndcombe Life Ltd. All rights reserved. No photograph may be
  reproduced without permission.</p></div>
</body>
</html>)html",
       {},
       {"Crews from eleven clubs raced on the estuary", "Photo: Amos Keel", "More galleries",
        "Copyright 2024 Wyndcombe Life Ltd."}},

      {"a video page with a caption under the player",
       R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Watch: drone footage of the flooded Wyndcombe ring road</title>
<meta property="og:type" content="video.other">
<meta property="og:video" content="https://video.example/ringroad.mp4">
</head>
<body>
<div class="vp-top"><a href="/">Orrisford Daily</a> <a href="/video">Video</a> <a
  href="/news">News</a></div>
<div class="vp-main">
  <h1>Watch: drone footage of the flooded Wyndcombe ring road</h1>
  <video controls width="960" poster="/v/ringroad.jpg">
    <source src="https://video.example/ringroad.mp4" type="video/mp4">
    <track kind="captions" src="/v/ringroad.vtt" srclang="en" label="English">
  </video>
  <p class="vp-desc">Drone footage shows the ring road at Wyndcombe under water after the River
    Esker burst its banks on Tuesday morning. Video: Orrisford Daily</p>
  <div class="vp-next"><h2>Up next</h2><a href="/video/2">Lifeboat rescue off the Long Sand
    (1:42)</a> <a href="/video/3">Storm waves at Kestrel Bay (0:58)</a></div>
</div>
<div class="vp-foot"><p>Orrisford Daily, News House, Orrisford. All rights reserved.</p></div>
</body>
</html>)html",
       {},
       {"Drone footage shows the ring road at Wyndcombe under water", "Up next",
        "Lifeboat rescue off the Long Sand", "All rights reserved."}},
  };
  return cases;
}

// The paragraphs, one a line, for failure messages.
std::string listing(const std::vector<std::string>& paragraphs) {
  if (paragraphs.empty()) return "  (no paragraphs)\n";
  std::string out;
  for (const auto& paragraph : paragraphs) out += "  | " + paragraph + "\n";
  return out;
}

// The page with its whitespace runs as single spaces, as the reader gives text: enough to find a
// listed sentence on the page even where the markup wraps it.
std::string squeezed(const std::string& html) {
  std::string out;
  for (char c : html) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (!space) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  return out;
}

// Where `sentence` is, at or after paragraph `from` (and after byte `offset` in that paragraph):
// {paragraph, end of the match}, or nullopt.
std::optional<std::pair<std::size_t, std::size_t>> find_from(
    const std::vector<std::string>& paragraphs, const std::string& sentence, std::size_t from,
    std::size_t offset) {
  for (std::size_t i = from; i < paragraphs.size(); ++i) {
    const std::size_t at = paragraphs[i].find(sentence, i == from ? offset : 0);
    if (at != std::string::npos) return std::pair{i, at + sentence.size()};
  }
  return std::nullopt;
}

// A case prints as its name in gtest's messages, not as bytes.
void PrintTo(const BodyCase& c, std::ostream* os) {
  *os << c.name;
}

// The table-driven body cases, run on both tables.
class HtmlBodyTest : public testing::TestWithParam<BodyCase> {};

// One failure per page, naming every sentence missing, out of order or not a paragraph of its
// own and every piece of furniture kept, then the body the reader gave.
TEST_P(HtmlBodyTest, KeepsTheArticleAndLeavesOutTheRest) {
  const BodyCase& c = GetParam();
  const Article article = read_html(c.html);
  std::string problems;
  std::size_t paragraph = 0;
  std::size_t offset = 0;
  for (const auto& sentence : c.kept) {
    if (const auto found = find_from(article.paragraphs, sentence, paragraph, offset)) {
      std::tie(paragraph, offset) = *found;
    } else if (find_from(article.paragraphs, sentence, 0, 0)) {
      problems += "out of page order: \"" + sentence + "\"\n";
    } else {
      problems += "missing: \"" + sentence + "\"\n";
    }
  }
  for (const auto& text : c.whole) {
    if (std::find(article.paragraphs.begin(), article.paragraphs.end(), text) ==
        article.paragraphs.end())
      problems += "not a paragraph of its own: \"" + text + "\"\n";
  }
  for (const auto& text : c.dropped) {
    if (std::any_of(article.paragraphs.begin(), article.paragraphs.end(),
                    [&](const std::string& p) { return p.find(text) != std::string::npos; }))
      problems += "furniture kept: \"" + text + "\"\n";
  }
  EXPECT_TRUE(problems.empty()) << problems << "body:\n" << listing(article.paragraphs);
}

// Guards the table itself: a listed sentence that is not on the page could never be missing, nor
// one left out that was never there be kept, and the case would pass whatever the reader did.
TEST_P(HtmlBodyTest, ListedTextIsOnThePage) {
  const BodyCase& c = GetParam();
  const std::string page = squeezed(c.html);
  for (const auto* list : {&c.kept, &c.dropped, &c.whole}) {
    for (const auto& text : *list)
      EXPECT_NE(page.find(text), std::string::npos) << "not on the page: \"" << text << "\"";
  }
}

// The reader is a pure function of the bytes: a second read of a copy, with another page read in
// between (so that libxml2's allocations land elsewhere), gives the same article.
TEST_P(HtmlBodyTest, SameBytesGiveTheSameArticle) {
  const BodyCase& c = GetParam();
  const std::string first = to_json(read_html(c.html)).dump();
  const Article other = read_html(left_out_cases().front().html);
  ASSERT_FALSE(other.title.empty());
  const std::string copy(c.html.begin(), c.html.end());
  EXPECT_EQ(to_json(read_html(copy)).dump(), first);
}

// A gallery or video page has no body: no paragraph, and the warning the indexer lists.
class HtmlNoBodyTest : public testing::TestWithParam<BodyCase> {};

TEST_P(HtmlNoBodyTest, GivesNoBody) {
  const BodyCase& c = GetParam();
  const Article article = read_html(c.html);
  EXPECT_FALSE(article.title.empty());
  EXPECT_TRUE(article.paragraphs.empty()) << "body:\n" << listing(article.paragraphs);
  EXPECT_NE(std::find(article.warnings.begin(), article.warnings.end(), kNoBodyWarning),
            article.warnings.end());
  const std::string page = squeezed(c.html);
  for (const auto& text : c.dropped)
    EXPECT_NE(page.find(text), std::string::npos) << "not on the page: \"" << text << "\"";
}

// The case's name as gtest allows it: letters and digits, the rest as underscores.
std::string case_name(const testing::TestParamInfo<BodyCase>& param) {
  std::string name;
  for (const char* p = param.param.name; *p != '\0'; ++p)
    name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(LeftOut, HtmlBodyTest, testing::ValuesIn(left_out_cases()), case_name);
INSTANTIATE_TEST_SUITE_P(Kept, HtmlBodyTest, testing::ValuesIn(kept_cases()), case_name);
INSTANTIATE_TEST_SUITE_P(NoArticleText, HtmlNoBodyTest, testing::ValuesIn(no_body_cases()),
                         case_name);

}  // namespace
}  // namespace news
