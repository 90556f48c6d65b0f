/**
 * Short lines that are page furniture by their words alone, wherever a page puts them: an
 * advertising label, a copyright line, an appeal for money, a reporter's address or a letters
 * invitation under the story, a disclaimer, a date standing on its own. furniture.ts asks only of
 * short elements ({@link LINE_MAX}), so every test here reads a few hundred characters at most.
 */

/** Longest element text read as one line. */
export const LINE_MAX = 200;

/** The end of a sentence, perhaps inside a closing quote or bracket. */
export const SENTENCE_END = /[.!?…]["”’)]?\s*$/;

/** The whole text of an element that is only an advertising label ("Advertisement", "Story continues below"). */
const AD_LABEL = /^(advertisement|advert|ad|sponsored( content)?|(story|article) continues below( advertisement)?|continue reading below)$/i;
/** Longer than any text AD_LABEL matches ("article continues below advertisement" is 37), framing included. */
const AD_LABEL_MAX = 48;
/** Dashes, bars and bullets framing an advertising label ("- Advertisement -"). */
const AD_DASHES = /^[\s\-–—|•·*]+|[\s\-–—|•·*]+$/g;

/** A copyright line: "©", "(c)" or "Copyright" and a year opening a short element. */
// ("© Manx Mercury. This article may not be reproduced without permission.": a site's copyright line without a year.)
const COPYRIGHT_LINE =
  /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}|[^.!?\n]{1,60}[.!]?\s*(?:all\s+rights\s+reserved|[^.!?\n]{0,40}\b(?:reproduced|republished|copied)\b))/i;

/** A price per period: "£3 a month", "$42 a year", "€5/week". */
const PRICE_PER_PERIOD = String.raw`[£$€]\s?\d+(?:\.\d{2})?\s*(?:a|per|\/)\s*(?:month|week|year)\b`;

/**
 * A site's appeal for money: an ask to support it with a price per period ("Support us from £3 a
 * month"), or its own news named beside "support us", or a clause that opens "Subscribe for" or "join for" a price per
 * period, or a paywall's "Subscribe today for unlimited access", or coverage "supported in part by readers like you",
 * or "Chip in from £3 a month" ("Donate £5 a month to keep ..."), or "free to read and funded by readers", or "Get every story in your inbox".
 * Two signals, so a quote asking for support, or a
 * council's own subscription, is kept.
 */
const SUPPORT_APPEAL = new RegExp(
  String.raw`\b(?:support|fund|back)\s+(?:us|our\s+(?:work|journalism|reporting)|(?:local|independent)\s+(?:news|journalism))\b[^.!?]{0,40}?${PRICE_PER_PERIOD}|\b(?:independent|local)\s+(?:news|journalism)\b.{0,80}\bsupport\s+us\b|\bbecome\s+an?\s+(?:member|supporter|subscriber|friend)\b[^.!?]{0,40}?${PRICE_PER_PERIOD}|(?:^|[.!?,]\s+)(?:subscribe|join(?:\s+us)?)\s+(?:for|from|today|now)\b[^.!?]{0,40}?${PRICE_PER_PERIOD}|\bsubscribe\b[^.!?]{0,20}?\bfor\s+(?:unlimited|full|complete)\s+(?:digital\s+)?access\b|\b(?:supported|funded|made\s+possible)\s+(?:in\s+part\s+)?by\s+readers\s+like\s+you\b|\bchip\s+in\b[^.!?]{0,20}?${PRICE_PER_PERIOD}|\b(?:donate|give)\b[^.!?]{0,20}?${PRICE_PER_PERIOD}[^.!?]{0,20}\bto\s+(?:keep|support|help|fund)\b|\bfree\s+to\s+read\b[^.!?]{0,40}\b(?:funded|supported|paid\s+for)\s+by\s+(?:its\s+|our\s+)?readers\b|\b(?:get|receive)\s+(?:every|each|all\s+our|our|the\s+day['’]s|the\s+week['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:stories|story|news|headlines)\s+(?:delivered\s+)?(?:in|into|to|straight\s+to)\s+your\s+inbox\b`,
  'i',
);

/**
 * An ask for news tips with the newsroom's address: "Got a story from your village? Email news@...",
 * "Do you have a story about A&E waits? Contact the newsroom on ...", "Have a question for the candidates?
 * Send it to news@...", "Are you a tenant with a repairs problem? Contact the Tribune ... at tips@...",
 * "Do you have memories of Margaret to share? Email our newsroom ...", "Do you know more? Contact Bianca Loizou at ...@...", "Have you been affected? Email newsdesk@...". Both parts (a question, then an
 * address or "our newsroom"), so a quoted question stays.
 */
const TIP_APPEAL = String.raw`\b(?:got|have(?:\s+you(?:\s+got)?)?|do\s+you\s+have|know\s+of)\s+a\s+(?:[\w'’-]+\s+){0,3}?(?:story|news\s+tip|tip|question)\b[^?]{0,80}\?[^@]{0,80}\S@\S|\?\s+(?:contact|email|e-mail|get\s+in\s+touch\s+with|write\s+to|tell)\s+(?:us|the\s+[^.!?@]{1,30})\b[^@]{0,60}\S@\S|\?\s+(?:email|e-mail|contact|write\s+to|call)\s+our\s+(?:newsroom|news\s*desk|reporters?)\b|\?\s+(?:contact|email|e-mail|write\s+to)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:at|on)\s+\S+@\S|\?\s+(?:email|e-mail|contact|write\s+to)\s+\S+@\S`;

/** "This story was produced with support from the South Coast Civic Reporting Fund.": who paid for the reporting. */
const FUNDED_NOTE = String.raw`this\s+(?:story|article|report|coverage)\s+(?:was|is)\s+(?:produced|made\s+possible|supported|funded)\s+(?:with|by|through)\s+(?:the\s+)?(?:support|funding|a\s+grant)\s+(?:from|of)\b[^.!?]{0,100}\.?`;

/**
 * A site's own note under a story: the reporter's beat and address ("X covers the county for the
 * Press. Email her at ..."), or the beat alone as a line of its own ("Colin Ashworth covers county
 * government for the Record-Herald."), an invitation to write to the editor, a contributor's
 * disclaimer, a press regulator's notice or code (or the paper's membership of it), a subscribers' log-in prompt, an affiliate-link
 * notice, a prompt to turn the phone, a prompt to use a look-up tool ("Enter your postcode ... to
 * see your councillors"), an ask for news tips, a notice that an edition will not appear, a
 * masthead's motto ("Serving Granby Falls and Dunmore since 1887"), a prompt to get the site's alerts or app, or to follow it on social media,
 * a note of the print edition a story appears in, the Local Democracy Reporting Service's own note (New Zealand's:
 * "Local Democracy Reporting is Public Interest Journalism funded through NZ On Air", "LDR is local body journalism ...";
 * Ireland's "... produced by the Local Democracy Reporting Scheme"),
 * the reporter's post as a line ("X is a Local Democracy Reporter covering ... for the Courier"), a
 * contributor's credit ("Documenter X contributed notes from the meeting"), a live blog's notice that it
 * has ended ("This live blog has now ended.", a badge "Live updates ended"), a side box's pointer to the
 * paper's notices ("LEGAL NOTICES View this week's notices"), the story's tags ("Tags: Marchwood, Election 2026"),
 * and who paid for the reporting ("This story was produced with support from ...").
 */
const SITE_NOTE = new RegExp(
  String.raw`\b(?:covers|reports on|can be reached|(?:email|contact|reach)\s+(?:him|her|them|the\s+reporter))\b[^@]{0,200}\S@\S|\b(?:covers|reports\s+on)\b[^.]{0,100}\.\s+(?:reach|call|contact)\s+(?:him|her|them)\s+at\s+\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b|\bwrite\s+to\s+the\s+editor\b|\bhave\s+your\s+say\b[^@]{0,60}\S@\S|\bletters\s+(?:may|will)\s+be\s+(?:edited|shortened)\b|\bletters\s+(?:must|should)\s+be\s+(?:under|no\s+(?:more|longer)\s+than|fewer\s+than)\s+\d+\s+words\b|\bviews\s+expressed\s+(?:in\s+this|here)\b|\bregulated\s+by\s+(?:IPSO|IMPRESS)\b|\b(?:member\s+of|regulated\s+by)\s+the\s+Independent\s+Press\s+Standards\s+Organisation\b|\bwe\s+may\s+(?:receive|earn)\s+(?:a\s+)?(?:compensation|commission)\b|\brotate\s+your\s+(?:device|phone|screen)\b|\bin\s+accordance\s+with\s+the\s+IPSO\b|\b(?:adheres?|abides?|subscribes?|complies?)\s+(?:to|by|with)\s+the\s+(?:IPSO|Independent\s+Press\s+Standards\s+Organisation)\b|\bsubscribers?\s+(?:can\s+)?(?:log|sign)\s+in\b|^\s*[A-Z][a-z]+\s+[A-Z][a-z'’-]+\s+(?:covers|reports\s+on)\b[^.]{0,100}\bfor\s+(?:the\s+)?[A-Z][^.]{0,40}\.?(?:\s+${FUNDED_NOTE})?\s*$|^\s*${FUNDED_NOTE}\s*$|\benter\s+your\s+(?:postcode|post\s+code|zip\s+code|address)\b[^.!?]{0,80}\bto\s+(?:see|find|check|look\s+up)\b|${TIP_APPEAL}|\b(?:print|digital|e-?)\s*edition\s+(?:will\s+not|won['’]t)\s+(?:publish|be\s+published|appear)\b|^\s*serving\b[^.!?]{0,150}\bsince\s+\d{4}\.?(?:\s*\|[^|\n]{1,40})?\s*$|\bget\s+(?:breaking\s+)?news\s+alerts\b|\bdownload\s+the\s+[^.!?]{1,40}\bapp\b|^\s*follow\s+[^.!?]{1,40}\bon\s+(?:facebook|twitter|x|instagram|threads|bluesky|tiktok)\b|\bsend\s+(?:us\s+)?your\s+(?:story\s+ideas|news|tips|stories)\b[^@]{0,60}\S@\S|\b(?:LDR|Local\s+Democracy\s+Reporting)\s+is\s+(?:public\s+interest|local\s+body)\s+journalism\b|\bLocal\s+Democracy\s+Reporting\s+Service\s+is\s+(?:a\s+partnership|a\s+public\s+service|funded\s+by)\b|^\s*this\s+(?:story|article|report)\s+was\s+(?:written|produced|filed)\s+by\s+(?:a|our|the)\s+Local\s+Democracy\s+Report(?:er|ing\s+(?:Service|Scheme))\b|^\s*this\s+(?:story|article|report)\s+(?:is|was)\s+(?:shared|distributed|published)\s+(?:through|via|by|as\s+part\s+of|with\s+(?:other\s+)?members\s+of)\s+the\s+[A-Z][^.!?]{0,50}\b(?:Exchange|Network|Service|Partnership|Collaborative|Initiative)\b|^\s*our\s+(?:[A-Z][\w-]*\s+){0,3}(?:reporters|correspondents|journalists)\s+(?:cover|report\s+on)\b[^.!?]{0,100}\.?\s*$|\b(?:story|article|report)\s+(?:appears|appeared|will\s+appear)\s+in\s+(?:the\s+)?[^.!?]{0,40}?\b(?:print|printed)\s+edition\b|^\s*[A-Z][a-z]+\s+[A-Z][a-z'’-]+\s+is\s+(?:a|an|the)\s+[^.]{0,60}?\b(?:reporter|correspondent)\s+(?:covering|who\s+covers|for|with|at|based)\b[^.]{0,140}(?:\.\s+[^.]{0,100})?\.?\s*$|^[^.]{0,80}\bcontributed\s+(?:notes|reporting|to\s+this\s+(?:report|story|article))\b[^.]{0,80}\.?\s*$|^\s*(?:this|our)\s+live\s+(?:blog|coverage|updates?|page)\s+(?:has|have|is)\s+(?:now\s+)?(?:ended|finished|closed|over)\b[^.!?]{0,60}\.?\s*$|^\s*live\s+(?:blog|coverage|updates?)\s+(?:(?:has|have)\s+)?(?:now\s+)?(?:ended|finished|closed)\.?\s*$|^\s*(?:legal|public)\s+notices\s*:?\s*(?:view|see|read|browse|search|find)\b[^.!?]{0,60}$|^\s*(?:tags|tagged|topics|filed\s+under)\s*:\s*[^.!?:]{1,200}$`,
  'i',
);
/**
 * A link to another story set in the body under a label: "RELATED: Hundreds turn out for solar hearing",
 * "READ MORE: ...", "See also: ...". A headline follows, not a sentence (no closing full stop).
 */
const RELATED_LINE =
  /^\s*(?:RELATED|READ MORE|READ ALSO|SEE ALSO|ALSO SEE|ALSO READ|ALSO ONLINE|ALSO IN THE [A-Z]{3,20}|ALSO ON [A-Z]{3,20}(?: [A-Z]{3,20})?|MORE|Related|Read more|Read also|See also|Also see|Also read|Also online|Also in the [A-Z][a-z]{2,19}|Also on [A-Z][a-z]{2,19}(?: [A-Z][a-z]{2,19})?)(?:\s+(?:STORIES|STORY|COVERAGE|stories|story|coverage))?\s*:\s+\S[^\n]{2,140}(?<![.:;,])$/;
/**
 * The reporter's address as a line of its own: "Contact Carl Nyberg at cnyberg@... or follow him on X",
 * "Reach reporter Marcos Tellez at ...", "Reach Ann Fox at 555-0147 or on X @annfox", "Contact Kevin O'Shea at ...". Case matters
 * (a name follows), so "contact the planning team at ..." in the story is kept.
 */
const CONTACT_LINE =
  /^\s*(?:Contact|Email|E-mail|Reach)\s+(?:(?:reporter|writer|columnist|correspondent)\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z](?:['’][A-Z])?[a-z'’-]+\s+(?:at|on|via)\s+(?:\S+@\S|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b|\d{3}-\d{4}\b|X\s+@\w|@\w)/;
/** An address alone on its line, as sites sign a story off with the reporter's ("jdoe@example.com"). */
const ADDRESS_LINE = /^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/;
/**
 * A byline set as the story's first line ("By Brenda Kuhlman / Courier Staff Writer"): "By", a name,
 * and at most a staff label, nothing a sentence would hold ("By Thursday the council had ..." is kept).
 */
const BY_LINE =
  /^\s*By\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*(?:[,|–—-]?\s*(?:[A-Z][\w'’&-]*\s+){0,3}(?:Staff\s+Writer|Staff\s+Reporter|Reporter|Correspondent|Editor|Contributor|Staff))?\s*(?:[·•|]\s*(?:Posted|Published|Updated)?:?\s*[\d/.:\s-]{6,20})?$/;

/**
 * A breadcrumb trail as a line of its own: "Home > News > Council", "Home » Government » Story". It
 * opens with "Home" and strings a few short labels with arrows; no sentence is written so.
 */
const BREADCRUMB_LINE = /^\s*Home(?:\s*[>»›]\s*[^>»›.!?]{1,40}){1,5}\s*$/;

/** A date, with its weekday: "Thursday, 2 April 2026", "Oct. 8, 2026", "27th Feb 2026". */
const DAY_DATE = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`;
const CLOCK = String.raw`\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?`;
/** A date line and nothing else: "Published: 06:05, 05 November 2026", "Updated 27th Feb 2026, 09:14 GMT". */
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:(?:first\s+)?published|updated|posted|last\s+updated|modified):?\s*)?(?:${CLOCK},?\s+(?:on\s+)?${DAY_DATE}|${DAY_DATE}(?:,?\s+(?:at\s+)?${CLOCK})?)$`,
  'i',
);
const DATE_LINE_MAX = 60;
/** A story's reading time: "3 minute read", "5 min read". */
const READ_TIME = /^\d{1,3}[ -]?min(?:ute)?s?\.?\s+read$/i;
/** The bullets and bars a header strings its dates with: "Published Jul 15, 2026 • Last updated … • 3 minute read". */
const DATE_PARTS_SPLIT = /\s*[•·|]\s*/;

/** Is the line only dates and a reading time, strung with bullets or bars? */
function isDatePartsLine(line: string): boolean {
  const parts = line.split(DATE_PARTS_SPLIT);
  return (parts.length > 1 || READ_TIME.test(line)) && parts.every((p) => READ_TIME.test(p) || (p.length <= DATE_LINE_MAX && DATE_LINE.test(p)));
}

/** "By Judith Pamment | Posted: Thursday, 12 August 2027, 6:15 p.m.": a byline, then its dates after a bar or a bullet. */
function isDatedByline(line: string): boolean {
  const at = line.search(DATE_PARTS_SPLIT);
  if (at <= 0 || !BY_LINE.test(line.slice(0, at))) return false;
  return line
    .slice(at)
    .split(DATE_PARTS_SPLIT)
    .filter(Boolean)
    .every((p) => p.length <= DATE_LINE_MAX && DATE_LINE.test(p));
}

/** Is this element text only an advertising label, framed by dashes or not ("- Advertisement -")? */
export function isAdLabel(text: string): boolean {
  return text.length <= AD_LABEL_MAX && AD_LABEL.test(text.replace(AD_DASHES, ''));
}

/**
 * A row of share actions set apart by bars: "E-mail this story | Printer-friendly version | Write a letter to the editor",
 * "« More Parish Pump stories | Write a letter about this story", "Printer friendly version | Send to a friend",
 * "Have your say (6) | More Council Watch stories".
 */
const SHARE_LINE =
  /^(?:(?:[«‹]\s*)?(?:e-?mail|print|share|send|tweet|post|save|text size|write a letter|comment|have your say|log in|sign in|more)\w*\b[^|\n]{0,40}\|\s*)+(?:e-?mail|print|share|send|tweet|post|save|text size|write a letter|comment|have your say|log in|sign in|more)\w*\b[^|\n]{0,40}$/i;

/**
 * A related list's heading left alone once its links are gone: "Related stories", "More stories", "Most read",
 * "Read next", "Other news from the district"; and a comments section's heading, "Reader comments (2)", "Readers' comments", "Your say".
 */
const RELATED_HEADING =
  /^(?:related(?:\s+(?:stories|articles|coverage|links|content))?|more\s+(?:stories|news)|other\s+(?:stories|news)(?:\s+(?:from|in)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})?|you\s+may\s+also\s+like|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|read\s+next|(?:readers?['’]?\s+)?comments(?:\s*\(\d+\))?|(?:have\s+)?your\s+say)\s*:?$/i;

/** A section's list heading left alone once its links are gone: "Also in Council Watch", "More from Sport". */
const SECTION_HEADING = /^(?:Also|ALSO|More|MORE)\s+(?:in|IN|from|FROM)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z&][\w'’&-]*|and|of))*\s*:?$/;

/**
 * A line of the site's own under a story: a wire or staff credit ("With files from Ledger staff."), or an
 * invitation standing alone ("Send a letter to the editor").
 */
const CREDIT_OR_INVITE_LINE =
  /^\s*(?:with\s+files\s+from\s+[^.!?\n]{2,60}|(?:send|submit|write)\s+(?:us\s+)?a\s+letter(?:\s+to\s+the\s+editor)?)\s*[.:!]?\s*$/i;

/** A writer's job on a line of its own under the byline: "Gazette Staff Writer", "Local Democracy Reporter", "Ledgeview Weekly correspondent". */
const WRITER_JOB_LINE = /^(?:[A-Z][\w'’&-]*\s+){0,3}(?:[Ss]taff\s+[Ww]riter|[Ss]taff\s+[Rr]eporter|[Rr]eporter|[Cc]orrespondent|[Cc]ontributor)$/;

/**
 * A reader's comment under a handle or an initial ("shorelinewatcher wrote: 130 feet is still too close.",
 * "R. Gaither wrote: ..."), and the note under comments ("Comments are moderated ...", "Post a comment · Comments are moderated ...", "Comments are available to subscribers only.").
 */
const COMMENT_LINE =
  /^\s*(?:[a-z0-9][a-z0-9_.-]{2,30}|[A-Za-z][\w.-]{1,30}\d[\w.-]{0,10}|[A-Z]\.\s?[A-Z][a-z'’-]+)\s+wrote:|^\s*(?:(?:[Pp]ost|[Aa]dd|[Ll]eave)\s+a\s+comment\s*[·|•-]\s*)?[Cc]omments\s+are\s+(?:moderated|closed|reviewed|pre-moderated|(?:only\s+)?(?:available|open)\s+to\s+(?:subscribers|members|registered))\b/;

/**
 * A helpline note under a story about a crime, an illness or a death, one sentence: "Anyone affected by
 * drug-related intimidation can contact the Garda Confidential Line", "If you have been affected by this
 * story, call ...". (A story's "Anyone affected was told to contact the council, she said" is no note.)
 */
const HELPLINE_NOTE =
  /^\s*(?:anyone|if\s+you(?:['’]ve|\s+have)?(?:\s+been)?)\s+(?:who\s+has\s+been\s+)?affected\s+by\b[^.!?]{0,120}?(?:\b(?:can|should|may|could)\s+|,\s*(?:please\s+)?|\b(?:urged|encouraged)\s+to\s+)(?:contact|call|ring|phone|visit|text)\b(?:[^.!?\n]|\.(?=\S)){0,160}[.!]?$/i;

/** An embedded video's title and its running time: "Watch: Families rally outside county building", "2:41". */
const VIDEO_LINE = /^(?:(?:watch|video)\s*:\s*[^\n]{3,140}|\d{1,2}:\d{2}(?::\d{2})?)$/i;

/** Is this short element text one of the site's own lines (see the module's comment)? */
export function isSiteLine(text: string): boolean {
  if (!text || text.length > LINE_MAX) return false;
  const trimmed = text.trim();
  // "© 2026 Kestermoor Post. All rights reserved.": a site's copyright line, wherever the page puts it.
  if (COPYRIGHT_LINE.test(trimmed)) return true;
  if (trimmed.length <= DATE_LINE_MAX && DATE_LINE.test(trimmed)) return true;
  if (isDatePartsLine(trimmed) || isDatedByline(trimmed)) return true;
  return (
    SUPPORT_APPEAL.test(text) ||
    SITE_NOTE.test(text) ||
    CONTACT_LINE.test(text) ||
    ADDRESS_LINE.test(text) ||
    BY_LINE.test(text) ||
    RELATED_LINE.test(trimmed) ||
    BREADCRUMB_LINE.test(trimmed) ||
    SHARE_LINE.test(trimmed) ||
    RELATED_HEADING.test(trimmed) ||
    SECTION_HEADING.test(trimmed) ||
    CREDIT_OR_INVITE_LINE.test(trimmed) ||
    HELPLINE_NOTE.test(trimmed) ||
    COMMENT_LINE.test(trimmed) ||
    WRITER_JOB_LINE.test(trimmed) ||
    VIDEO_LINE.test(trimmed)
  );
}
