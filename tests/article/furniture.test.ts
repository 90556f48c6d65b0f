// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { stripFurniture } from '@/core/article';
import { loadPage } from './load-page';

describe('stripFurniture', () => {
  it('removes sign-up panels, share bars, captions, related lists and comments by structure', () => {
    const doc = loadPage(`<html><body><article>
      <p>Cllr Ann Lee said the budget was balanced after a long debate in the chamber.</p>
      <div class="box"><p>Get updates</p><input type="email"><span>Invalid Email</span></div>
      <div class="article-share"><a href="#">Facebook</a> <a href="#">X</a></div>
      <figure><img src="x.jpg"><figcaption>Photo: Sam Snapper</figcaption></figure>
      <div class="wp-caption-text">Credit: Pat Lens</div>
      <ul><li><a href="/1">Other story one</a></li><li><a href="/2">Other story two</a></li></ul>
      <section id="comments"><p>First!</p></section>
    </article></body></html>`);
    stripFurniture(doc);
    const text = doc.body.textContent!.replace(/\s+/g, ' ').trim();
    expect(text).toBe('Cllr Ann Lee said the budget was balanced after a long debate in the chamber.');
  });

  it('removes a short summary set above the story ("article__summary") and a headline-like intro, and keeps a lead paragraph classed "intro"', () => {
    const doc = loadPage(`<html><body><article>
      <p class="article__summary">The council voted 5-1 after three hours in closed session.</p>
      <p class="article-intro">The leader on the bin strike, the budget and whether her deputy wants her job</p>
      <p class="intro">Cllr Ann Lee said the budget was balanced after a long debate.</p>
    </article></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent!.replace(/\s+/g, ' ').trim()).toBe('Cllr Ann Lee said the budget was balanced after a long debate.');
  });

  it('removes a short excerpt shown above the story ("article-excerpt", "gh-article-excerpt")', () => {
    const doc = loadPage(`<html><body><article>
      <p class="article-excerpt">The long-serving trustee leaves at the end of the month.</p>
      <div class="gh-article-excerpt">The board will fill the seat in April.</div>
      <p>Trustee Ann Lee said the budget was balanced after a long debate.</p>
    </article></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent!.replace(/\s+/g, ' ').trim()).toBe('Trustee Ann Lee said the budget was balanced after a long debate.');
  });

  it('removes ad slots and their labels, reader-support boxes and US-style datelines', () => {
    const doc = loadPage(`<html><body><article>
      <time datetime="2025-03-04">4 March 2025</time>
      <div class="dateline-block" aria-label="Published: 7:15 a.m. ET Mar. 4, 2025"><time datetime="2025-03-04">Published 7:15 a.m. ET Mar. 4, 2025</time> <span>Updated 9 a.m.</span></div>
      <p>Cllr Ann Lee said the budget was balanced after a long debate in the chamber.</p>
      <div class="slot-wrap"><div id="div-gpt-ad-2"></div><span>ADVERTISEMENT</span></div>
      <div class="BottomOfStory_supportPanel"><h3>Help us keep reporting</h3><p>Become a member from £4 a month.</p></div>
      <div class="story-support"><p>Our journalism is paid for by readers like you.</p></div>
    </article></body></html>`);
    stripFurniture(doc);
    const text = doc.body.textContent!.replace(/\s+/g, ' ').trim();
    expect(text).toBe('Cllr Ann Lee said the budget was balanced after a long debate in the chamber.');
  });

  it('removes captions whose class ends in "caption" ("imgcaption")', () => {
    const doc = loadPage(`<html><body><article><p>Cllr Ann Lee said the home would close in the summer after years of repairs.</p>
      <div class="mainimage"><img src="x.jpg" alt=""><div class="imgcaption">Fellside House opened in 1974. Photo: Dunholme Advertiser</div></div>
      <p>Families were told on Tuesday.</p></article></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent).not.toContain('Fellside House opened');
    expect(doc.body.textContent).toContain('Families were told');
  });

  it('removes a caption whose class is a picture word and "cap" ("story-img-cap"), even as a paragraph', () => {
    const doc = loadPage(`<html><body><article><p>Cllr Ann Lee said the home would close in the summer after years of repairs.</p>
      <div class="story-img"><img src="x.jpg" alt=""><p class="story-img-cap">Councillors met at the civic offices on Monday.</p></div>
      <p>Families were told on Tuesday. The cap on rents stays.</p><p class="cap-note">Rents are capped at 7%.</p></article></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent).not.toContain('Councillors met');
    expect(doc.body.textContent).toContain('Families were told');
    expect(doc.body.textContent).toContain('Rents are capped');
  });

  it("removes a note of two reporters' beats that ends in the newsroom's address", () => {
    const doc = loadPage(`<html><body><article><p>Cllr Ann Lee said the home would close in the summer after years of repairs.</p>
      <div class="story-note"><p>Maria Olsen covers Brookfield and the northern half of Dane County. Paul Reyes is a Courier photographer and reporter. Reach the newsroom at news@couriernews.example.</p></div>
      </article></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent).not.toContain('Maria Olsen');
    expect(doc.body.textContent).toContain('Cllr Ann Lee');
  });

  it('keeps a fact box ("info" in its class reads as a meta word; an <aside> is removed), drops a US cutline and a copyright line', () => {
    const doc = loadPage(`<html><body><article>
      <p>The board approved the rate increase on Thursday after a long debate.</p>
      <div class="InfoBox_box__w2"><h3>What it means for you</h3><ul><li>Typical bill now: $112</li><li>Discount: 25% off</li></ul></div>
      <div class="article-info">By Ann Lee, 4 March</div>
      <aside class="story__factbox"><p>Fines reach £1,000.</p></aside>
      <aside class="related"><p>Other news</p></aside>
      <p class="cutline">Hickory Lane will be resurfaced. (Press photo/Earl Dunning)</p>
      <p>© 2026 Kestermoor Post. All rights reserved.</p>
    </article></body></html>`);
    stripFurniture(doc);
    const text = doc.body.textContent!.replace(/\s+/g, ' ').trim();
    expect(text).toBe(
      'The board approved the rate increase on Thursday after a long debate. What it means for youTypical bill now: $112Discount: 25% off Fines reach £1,000.',
    );
  });

  it('keeps an aside headed "at a glance", "Key ... dates" or "Unofficial results" or classed as a facts panel, and drops a related aside and a tip-off box', () => {
    const doc = loadPage(`<html><body><article>
      <p>The new commissioner took office on Monday after a close election count.</p>
      <aside class="sidebar-box"><h3>The commissioner at a glance</h3><ul><li>Age: 52</li></ul></aside>
      <aside class="facts-panel"><p>Budget: £341m</p></aside>
      <aside class="gnt_em_kd"><h3>Key property tax dates</h3><ul><li>May 11: spring installment due</li></ul></aside>
      <aside class="results-panel"><h3>Unofficial results</h3><ul><li>Gloria Estrada: 14,882 votes</li></ul></aside>
      <div class="story__tipoff"><h4>Do you know more?</h4><p>Contact our team in confidence at tips@example-post.co.uk.</p></div>
      <aside class="sidebar-box"><h3>Most read</h3><ul><li>Other news</li></ul></aside>
    </article></body></html>`);
    stripFurniture(doc);
    const text = doc.body.textContent!.replace(/\s+/g, ' ').trim();
    expect(text).toBe(
      'The new commissioner took office on Monday after a close election count. The commissioner at a glanceAge: 52 Budget: £341m Key property tax datesMay 11: spring installment due Unofficial resultsGloria Estrada: 14,882 votes',
    );
  });

  it('drops a site’s appeal for money, and keeps a quote that asks for support', () => {
    const doc = loadPage(`<html><body>
      <div class="kc-strip">Independent news for Harwick since 2019. Support us from £3 a month.</div>
      <article><p>The trust's chair said the hospice needed help. "Please support us," she told the meeting.</p>
      <p class="note">Back our journalism from $5 a month.</p></article></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      `The trust's chair said the hospice needed help. "Please support us," she told the meeting.`,
    );
  });

  it('keeps a date inside a sentence', () => {
    const doc = loadPage('<html><body><article><p>The cabinet meets on <time datetime="2025-03-10">10 March</time> to decide.</p></article></body></html>');
    stripFurniture(doc);
    expect(doc.body.textContent!.trim()).toBe('The cabinet meets on 10 March to decide.');
  });

  it('keeps inline elements inside paragraphs, whatever their class', () => {
    const doc = loadPage(
      '<html><body><p>The plan to lift sanctions on <a class="meta-loc" href="/t">Sudan</a> and <span class="share">Chad</span> was agreed.</p></body></html>',
    );
    stripFurniture(doc);
    expect(doc.body.textContent).toBe('The plan to lift sanctions on Sudan and Chad was agreed.');
  });

  it('keeps a whole-page form wrapper and quote attributions', () => {
    const long = 'The council agreed its budget after a lengthy debate. '.repeat(60);
    const doc = loadPage(
      `<html><body><form id="aspnetForm"><p>${long}</p><blockquote><p>We must act.</p><footer>Cllr Ann Lee</footer></blockquote></form></body></html>`,
    );
    stripFurniture(doc);
    expect(doc.body.textContent).toContain('The council agreed');
    expect(doc.body.textContent).toContain('Cllr Ann Lee');
  });

  it("removes a block that holds only a date, a site's notes under a story, and an ad label framed by dashes", () => {
    const doc = loadPage(`<html><body><article>
      <div class="newsdate">Thursday, 2 April 2026</div>
      <p>Cllr Ann Lee said the budget was balanced after a long debate in the chamber.</p>
      <p>- Advertisement -</p>
      <p>Dana Wu covers county government for the Press. She can be reached at dwu@example-press.com.</p>
      <p>Have your say: write to the editor at letters@example-press.com. Letters may be edited for length.</p>
      <p>The views expressed in this post are the author's own.</p>
    </article></body></html>`);
    stripFurniture(doc);
    const text = doc.body.textContent!.replace(/\s+/g, ' ').trim();
    expect(text).toBe('Cllr Ann Lee said the budget was balanced after a long debate in the chamber.');
  });

  it('reads an old page laid out in a table: a layout cell is no prose, its labels and captions are furniture', () => {
    const doc = loadPage(`<html><body><table><tr><td id="maincol">
      <div class="column-label">PARISH MATTERS</div>
      <div class="photo"><img src="x.jpg"><span class="photocap">The green at Little Ashby. Picture by Reader</span></div>
      <div class="newstext"><p>The parish council agreed to buy a second dog bin for the green on Monday night.</p></div>
    </td><td><table><tr><td>Price</td><td>£3,850</td></tr></table></td></tr></table></body></html>`);
    stripFurniture(doc);
    const text = doc.body.textContent!.replace(/\s+/g, ' ').trim();
    expect(text).toBe('The parish council agreed to buy a second dog bin for the green on Monday night. Price£3,850');
  });

  it('removes date lines with their label or time first (or strung with bullets and a reading time), ad slots headed by a label, press-regulation, affiliate, beat, contact and edition notes, mottos, log-in and look-up prompts, and pull quotes', () => {
    const doc = loadPage(`<html><body><article>
      <div class="meta-line">Published: 06:05, 05 November 2026</div>
      <div class="stamp">Updated 27th Feb 2026, 09:14 GMT</div>
      <div class="detail"><span>Published Jul 15, 2026 &bull; Last updated Jul 16, 2026 &bull; 3 minute read</span></div>
      <div class="read-time">5 min read</div>
      <p>Cllr Ann Lee said the budget was balanced after a long debate in the chamber.</p>
      <div class="td-a-rec"><span>- Advertisement -</span><div>Garden centre: autumn bulbs now in stock</div></div>
      <p>This article is regulated by IPSO. Got a complaint? Contact the editor.</p>
      <p>If you buy through a link on our site, we may receive compensation.</p>
      <p>For the best experience, rotate your device.</p>
      <p>Got a story from your village? Email newsdesk@example-gazette.co.uk</p>
      <p>Do you have a story about bin collections? Contact the newsroom on news@example-tv.co.uk.</p>
      <div class="courier-box"><p><strong>Find your ward:</strong> Not sure? Enter your postcode on the council’s website to see a map.</p></div>
      <blockquote class="pmt-pullquote">"People waiting at a bus stop don't care about frameworks."</blockquote>
      <p>This article is written and published in accordance with the IPSO Editors' Code of Practice.</p>
      <div class="side-box"><p>Read this week's paper online. Subscribers log in here.</p></div>
      <p><em>Colin Ashworth covers county government and Dee Tran covers the Legislature for the Record-Herald.</em></p>
      <p>Have a story idea? Email the KBVN 9 newsroom at tips@example-tv.com.</p>
      <div class="contact"><p>Contact Carl Nyberg at cnyberg@example-register.com or follow him on X.</p></div>
      <div class="end-note"><p>Reach reporter Dana Whitcomb at dwhitcomb@example-sun.com. Follow her on X at @DanaWhitcombNews.</p></div>
      <div class="card-note"><p>Reach Aaron Pfenning at 555-0147 or on X @apfenningDDT.</p></div>
      <div class="motto">Serving Granby Falls, East Alden and Dunmore since 1887</div>
      <p><b>Spring break:</b> The Courier's print edition will not publish Monday, April 13.</p>
      <p class="article-contact"><em>mthorsteinson@example-standard.com</em></p>
      <p><strong>By Brenda Kuhlman</strong><br><em>Courier Staff Writer</em></p>
      <p class="article-sub">The bar had asked to stay open later at weekends — but councillors said no</p>
      <div class="nl-box"><strong>Get breaking news alerts from WRBK 6</strong> <span>Download the WRBK 6 News app for iPhone and Android.</span></div>
      <p><i>Follow Marchland News on Facebook, X and Instagram. Send your story ideas to newsdesk@example-news.co.uk.</i></p>
      <p>Support local journalism. The Gazette is owned by its readers. Become a member from £4 a month.</p>
      <div class="story-video"><div class="video-title">Residents pack hall as council weighs budget</div></div>
      <p class="also-read"><strong>ALSO READ:</strong> <a href="/x">Bypass consultation opens with drop-in sessions</a></p>
      <p class="note"><em>Have your say on this story: write to letters@example-advertiser.co.uk.</em></p>
      <div class="alert-strip"><strong>TRAFFIC ALERT:</strong> The A614 is closed northbound after a crash</div>
      <div class="end-box"><p><strong>Have a question for the panel?</strong> Send it to desk@example-post.co.uk before Friday.</p></div>
      <p><em>This story appears in the May 4 print edition of the Hollin Weekly, on sale now.</em></p>
      <p><small>The Local Democracy Reporting Service is a partnership between news publishers and the BBC.</small></p>
      <p class="ldrs">Our Local Democracy Reporters cover councils across the county.</p>
      <div class="trust-panel"><p>This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.</p></div>
      <p>The Ledger covers every village board meeting in Orrin County. Subscribe for $38 a year.</p>
      <p>The Northgate Tribune is funded by its members. If you value reporting like this, join for £5 a month.</p>
      <p><em>Are you a council tenant with a repairs problem? Contact the Tribune in confidence at tips@example-tribune.co.uk.</em></p>
      <div class="factbox"><h4>Have your say</h4><p>You can write to the ICB before the board meets. Letters should reach us by Monday.</p></div>
      <p class="ldr-tagline"><em>Laura Fennimore is a Local Democracy Reporter covering Ashenford and Brackendale councils for the Kellingworth Evening Courier.</em></p>
      <p>Civic Ledger Documenter Priya Halvorsen contributed notes from Wednesday's meeting.</p>
      <div class="live-event__end">This live blog has now ended.</div>
      <span class="status-pill">Live updates ended</span>
      <div class="ldr-note">Chloe Ashworth is a Local Democracy Reporter covering Millbeck and the villages. Find out more at the link below.</div>
      <p class="storysub"><b>Labour's hold on the ward ends as a plumber wins by 263 votes</b></p>
      <p class="skip"><b>ALSO ON WEXHAM ONLINE:</b> <a href="/x">Who is standing in the by-election?</a></p>
      <div class="vid"><div class="t">Watch: Families rally outside the county building</div><div class="d">2:41</div></div>
      <div class="c"><b>OldWexham62</b> wrote:<br>Why pay a search firm at all?</div>
      <p><a href="/policy">Comment policy</a> | <a href="/login">Log in to comment</a></p>
      <p><font size="2">By <b>Geraint Lloyd</b> &middot; Posted: 22/01/2026 21:05</font></p>
      <p class="copyline">&copy; Wexham Mercury. This article may not be reproduced without permission.</p>
      <p class="end"><i>Have you a story for the Gazette? Phone the newsroom on 01234 555 123 or email desk@example-gazette.co.uk</i></p>
      <p><em>Dana Whitlow is a Local Journalism Initiative reporter with the Harbour Star. The Local Journalism Initiative is funded by the Government of Canada.</em></p>
    </article></body></html>`);
    stripFurniture(doc);
    const text = doc.body.textContent!.replace(/\s+/g, ' ').trim();
    expect(text).toBe('Cllr Ann Lee said the budget was balanced after a long debate in the chamber.');
  });

  it('keeps an address in the story that is not the reporter’s own line, and a council’s own subscription', () => {
    const doc = loadPage(`<html><body><article>
      <p>Cllr Ann Lee said the budget was balanced after a long debate in the chamber.</p>
      <p>To comment, contact the planning team at planning@example-council.gov.uk by Friday.</p>
      <p>Residents can subscribe to the garden waste service for £52 a year from April.</p>
      <p>Members can join for £25 a month at the new leisure centre, the council said.</p>
      <p>By Thursday the council had spent its whole budget.</p>
      <p>Cllr Ann Lee is a former reporter who now chairs the finance committee.</p>
      <p>Residents contributed more than 400 responses to the consultation, the council said.</p>
      <p>The university contributed research on flood risk to the plan.</p>
    </article></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent).toContain('contact the planning team');
    expect(doc.body.textContent).toContain('By Thursday the council');
    expect(doc.body.textContent).toContain('is a former reporter who now chairs');
    expect(doc.body.textContent).toContain('Residents contributed more than 400');
    expect(doc.body.textContent).toContain('contributed research on flood risk');
    expect(doc.body.textContent).toContain('subscribe to the garden waste service');
    expect(doc.body.textContent).toContain('Members can join for £25 a month');
  });
  it('removes a newsletter box known by its sign-up button, a related link under a label, an appeal to the newsroom with no address, a reader poll and a press regulator membership line (stop 37)', () => {
    const doc = loadPage(`<html><body><article>
      <p>Cllr Ann Lee said the budget was balanced after a long debate in the chamber.</p>
      <div class="gnt_em gnt_em_nl"><p>Up North Daily</p><p>The day's top stories, every morning.</p><a href="/nl">Sign up</a></div>
      <p><strong>RELATED:</strong> <a href="/x">Hundreds turn out for solar hearing in Hollis</a></p>
      <p>Read more: Council leader quits after budget row</p>
      <p>Do you have memories of Margaret to share? Email our newsroom or write to us at the Gazette office.</p>
      <div class="inline-poll"><h4>Have your say</h4><p>Are the refuse workers right to strike?</p></div>
      <p>This newspaper is a member of the Independent Press Standards Organisation (IPSO). <a href="/c">Complaints and corrections</a></p>
    </article></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent!.replace(/\s+/g, ' ').trim()).toBe('Cllr Ann Lee said the budget was balanced after a long debate in the chamber.');
  });

  it('removes a newsletter box that ends in a sign-up <button>, and keeps a box whose button does something else (stop 40)', () => {
    const doc = loadPage(`<html><body><article>
      <p>Cllr Ann Lee said the budget was balanced after a long debate in the chamber.</p>
      <div class="box"><h3>Get the Valley Schools Report</h3><p>Board votes and classroom stories, every Thursday.</p><button>Sign Up</button></div>
      <div class="chart"><p>Council tax, Band D: £2,114 this year.</p><button>Show table</button></div>
    </article></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Cllr Ann Lee said the budget was balanced after a long debate in the chamber. Council tax, Band D: £2,114 this year.',
    );
  });

  it('removes a newsletter box whose sign-up link closes its last line, and a paywall callout (stop 38)', () => {
    const doc = loadPage(`<html><body><article>
      <p>Cllr Ann Lee said the budget was balanced after a long debate in the chamber.</p>
      <div class="gnt_nl_inline"><p>Get the Valley Ledger Daily Briefing</p><p>The day's top local stories, every morning. <a href="/nl">Sign up</a></p></div>
      <div class="callout"><p>Support local journalism. <a href="/s">Subscribe today</a> for unlimited access to valleyledger.com.</p></div>
    </article></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent!.replace(/\s+/g, ' ').trim()).toBe('Cllr Ann Lee said the budget was balanced after a long debate in the chamber.');
  });

  it('keeps a sentence that opens with "Related:", a box whose button is no sign-up, and a quoted question to a council', () => {
    const doc = loadPage(`<html><body><article>
      <p>Related: the council has cut the same service twice before, officers said.</p>
      <div class="box"><p>The county's consultation closes on Friday.</p><a href="/c">Take part</a></div>
      <p>"Do you have a plan? Email our officers," the resident told the council.</p>
    </article></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent).toContain('Related: the council has cut');
    expect(doc.body.textContent).toContain('consultation closes on Friday');
    expect(doc.body.textContent).toContain('Email our officers');
  });

  it('removes a breadcrumb trail and a byline with its date set on two lines of one element, and keeps a sentence that opens "Home"', () => {
    const doc = loadPage(`<html><body><table><tr><td>
      <font size="1" class="crumbs"><a href="/">Home</a> &raquo; <a href="/gov">Government</a> &raquo; Story</font>
      <font size="1">By Ann Fox, Reporter Staff<br>Posted: Friday, November 13, 2026 9:00 am</font>
      <p>Home &gt; the county's plan for the old mill site was approved on Thursday by the commission.</p>
      <p>The commission voted 5-0 to certify the canvass and to sign the road agreement.</p>
    </td></tr></table></body></html>`);
    stripFurniture(doc);
    const text = doc.body.textContent!.replace(/\s+/g, ' ').trim();
    expect(text).toBe(
      "Home > the county's plan for the old mill site was approved on Thursday by the commission. The commission voted 5-0 to certify the canvass and to sign the road agreement.",
    );
  });

  it("removes a social post embedded in the story and the Local Democracy Reporting Service's note in its other wording", () => {
    const doc = loadPage(`<html><body><article>
      <p>The community council rejected the fund by seven votes to two on Tuesday night.</p>
      <div class="wp-block-embed is-provider-facebook"><div class="fb-post"><blockquote><p>Thank you to everyone who came along tonight.</p>Posted by <a href="#">Glen Community Council</a></blockquote></div></div>
      <blockquote class="twitter-tweet"><p>Packed hall for the wind farm vote.</p>— Ann Fox (@annfox)</blockquote>
      <div class="bpg-embed bpg-embed--x"><blockquote class="x-post"><p>Nine routes gone in one vote.</p>— Vale Bus Users (@valebus) <a href="#">May 2, 2026</a></blockquote></div>
      <div class="FacebookPostEmbed"><p class="FacebookPostEmbed-text">Packed house at City Hall tonight.</p><p class="FacebookPostEmbed-meta">Posted Monday · Public group</p></div>
      <p><em>This story was written by a Local Democracy Reporter. The Local Democracy Reporting Service is funded by the BBC and covers councils across the UK.</em></p>
    </article></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent!.replace(/\s+/g, ' ').trim()).toBe('The community council rejected the fund by seven votes to two on Tuesday night.');
  });

  it('removes a byline cell an older CMS classes "bylinetext", with its date and story number', () => {
    const doc =
      loadPage(`<html><body><table><tr><td class="bylinetext">Jo Dhaliwal - <span class="storydate">Mar 11, 2026 / 5:15 pm</span> | <a href="#comments">Story: 418207</a></td></tr>
      <tr><td><p>The city council passed the rental bylaw 5-4 on Tuesday night.</p></td></tr></table></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent!.replace(/\s+/g, ' ').trim()).toBe('The city council passed the rental bylaw 5-4 on Tuesday night.');
  });

  it('removes a standfirst an older CMS classes in one word ("storydeck", "storystrap")', () => {
    const doc = loadPage(`<html><body><table><tr><td>
      <h3 class="storydeck">Utility promises $14 million in upgrades; opponents say rates will climb</h3>
      <p class="storystrap">On-call crew's station shut despite 2,600-signature petition</p>
      <p>The board of mayor and aldermen voted 4-1 to sell the water system on Tuesday night.</p>
    </td></tr></table></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent!.replace(/\s+/g, ' ').trim()).toBe('The board of mayor and aldermen voted 4-1 to sell the water system on Tuesday night.');
  });

  it('removes "ALSO SEE:" links, a tip appeal with words before "story", a readers\' support line and the LDRS note as a news agency', () => {
    const doc = loadPage(`<html><body><article>
      <p>The fire authority voted 13-7 to close the station on Monday.</p>
      <p class="alsosee"><b>ALSO SEE:</b> <a href="/x">Fire authority warns of tough choices ahead</a></p>
      <p>Have a flood recovery story to share? Email newsdesk@example-express.com.au or call the newsroom.</p>
      <p>The Herald’s coverage of county government is supported in part by readers like you. Subscribe today.</p>
      <p><em>The Local Democracy Reporting Service is a public service news agency funded by the BBC.</em></p>
    </article></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent!.replace(/\s+/g, ' ').trim()).toBe('The fire authority voted 13-7 to close the station on Monday.');
  });

  it('removes a Facebook post embedded as "embed-facebook" and a "More ... news" cell of links', () => {
    const doc = loadPage(`<html><body><table><tr><td>
      <p>The supervisors voted 3-2 to rezone the farm for a warehouse park on Tuesday.</p>
      <div class="embed-facebook tnt-embed"><blockquote><p>Thank you to everyone who came tonight.</p>Posted by <a href="#">Save the Farmland</a> on Tuesday, April 7, 2026</blockquote></div>
    </td></tr><tr><td class="morenews"><font><b>More Town &amp; Village news</b><br>&raquo; <a href="/a">Water rates going up July 1</a></font></td></tr></table></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent!.replace(/\s+/g, ' ').trim()).toBe('The supervisors voted 3-2 to rezone the farm for a warehouse park on Tuesday.');
  });

  it('removes a share bar an older CMS classes in one word ("sharelinks", "sharebar")', () => {
    const doc = loadPage(`<html><body><table><tr><td>
      <p class="sharelinks"><a href="#">Share on Facebook</a> | <a href="#">Tweet this</a></p>
      <p>The district council struck a 4.87% rise in the rate on Thursday night.</p>
      <div class="sharebar"><a href="#">Email to a friend</a></div>
    </td></tr></table></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent!.replace(/\s+/g, ' ').trim()).toBe('The district council struck a 4.87% rise in the rate on Thursday night.');
  });

  it('removes a short heading straight after the headline as its deck, and keeps a crosshead after prose', () => {
    const doc = loadPage(`<html><body><table><tr><td>
      <h1>Council names three finalists for police chief</h1>
      <h3 class="subhead">Interim chief among candidates; review board's subpoena power pushed to March</h3>
      <p>The city council named three finalists for police chief on Monday night.</p>
      <h3 class="subhead">Review board</h3>
      <p>The civilian review board will wait until March.</p>
    </td></tr></table></body></html>`);
    stripFurniture(doc);
    const text = doc.body.textContent!.replace(/\s+/g, ' ').trim();
    expect(text).not.toContain('Interim chief');
    expect(text).toContain('Review board The civilian review board');
  });
});
