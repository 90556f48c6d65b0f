import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers';

describe('counts', () => {
  it.each([
    ['The plan will cut 350 jobs by spring.', '350 jobs', 350, 'jobs'],
    ['Without the greens there is no golf club and there are no 140 jobs.', '140 jobs', 140, 'jobs'],
    ['We ought to be as tough on an 18-hole golf course.', '18-hole', 18, 'holes'],
    ['Liberal Democrats voted for the budget and the 15 Conservatives voted against.', '15 Conservatives', 15, 'Conservatives'],
    ['It leaves two major vacancies at the top.', 'two major vacancies', 2, 'vacancies'],
    ['Letters went to 19 heads of service.', '19 heads of service', 19, 'heads of service'],
    ['Up to 1,200 homes will be built.', '1,200 homes', 1200, 'homes'],
    ['Three councillors abstained.', 'Three councillors', 3, 'councillors'],
    ['The ward has 40,000 residents.', '40,000 residents', 40000, 'residents'],
    ['About 1.2 million people live there.', '1.2 million people', 1200000, 'people'],
    ['A dozen residents turned up.', 'A dozen residents', 12, 'residents'],
    ['There were 45 police officers on duty.', '45 police officers', 45, 'officers'],
    ['It will close six recycling centres.', 'six recycling centres', 6, 'centres'],
    ['The permit must meet 11 review criteria.', '11 review criteria', 11, 'criteria'],
    ['They run 1,100 head of cattle on the bench.', '1,100 head', 1100, 'head'],
    ['Figures show 412 taxis are licensed.', '412 taxis', 412, 'taxis'],
    ['The board will merge two aging middle schools.', 'two aging middle schools', 2, 'schools'],
    ['Nine sitting councillors stood again.', 'Nine sitting councillors', 9, 'councillors'],
    ['It added 30 polling stations.', '30 polling stations', 30, 'stations'],
    ['It hired 26 permanent social workers.', '26 permanent social workers', 26, 'workers'],
    ['Twenty-five new homes are planned.', 'Twenty-five new homes', 25, 'homes'],
    ['She leaves seven grandchildren.', 'seven grandchildren', 7, 'grandchildren'],
    ['Three firemen were hurt.', 'Three firemen', 3, 'firemen'],
    // A capital after a number marks an acronym or a party: the unit keeps it.
    ['The force has 18 PCSOs in the town.', '18 PCSOs', 18, 'PCSOs'],
    ['The board has two Republicans.', 'two Republicans', 2, 'Republicans'],
    ['The surgery has three full-time GPs.', 'three full-time GPs', 3, 'GPs'],
    ['It will close two children’s centres.', 'two children’s centres', 2, 'centres'],
    ['There are 612 active short-term rental permits.', '612 active short-term rental permits', 612, 'permits'],
    ['It employs 214 refuse and recycling workers.', '214 refuse and recycling workers', 214, 'workers'],
    ['About 1,900 heavy goods vehicles use it.', '1,900 heavy goods vehicles', 1900, 'vehicles'],
    ['A night engine with four people means firefighters wait.', 'four people', 4, 'people'],
    ['The school would teach seven year groups.', 'seven year groups', 7, 'groups'],
    ['He also leaves two great-grandchildren.', 'two great-grandchildren', 2, 'great-grandchildren'],
    ['Three Labour councillors voted against.', 'Three Labour councillors', 3, 'councillors'],
    ['The motion passed with 31 votes.', '31 votes', 31, 'votes'],
    ['Some 2000 people signed the petition.', '2000 people', 2000, 'people'],
    ['It will cut 60 police staff posts.', '60 police staff posts', 60, 'posts'],
    ['It will cut two public works positions.', 'two public works positions', 2, 'positions'],
    ['It runs nine parks across several states.', 'nine parks', 9, 'parks'],
    ['The board received 41 code of conduct complaints.', '41 code of conduct complaints', 41, 'complaints'],
    ['It answered 1,204 freedom of information requests.', '1,204 freedom of information requests', 1204, 'requests'],
    ['There are 300 police staff at the base.', '300 police staff', 300, 'staff'],
    ['The college has 140 staff whose jobs depend on the grant.', '140 staff', 140, 'staff'],
    ["The budget funds 12 mayor's advisers.", "12 mayor's advisers", 12, 'advisers'],
    ['Plans for a 350-home estate were lodged.', '350-home', 350, 'homes'],
    ['A new 60-bed care home opened.', '60-bed', 60, 'beds'],
    ['It runs the 64-berth visitor pontoon at Town Quay.', '64-berth', 64, 'berths'],
    ['The wards would merge into a single three-councillor ward.', 'three-councillor', 3, 'councillors'],
    ['The station has 46 gardaí on its roster.', '46 gardaí', 46, 'gardaí'],
    ['A two-storey extension was refused.', 'two-storey', 2, 'storeys'],
    ['A five-property terrace is listed.', 'five-property', 5, 'properties'],
    ['It would clear the way for a four-building data centre campus.', 'four-building', 4, 'buildings'],
    ['The board approved a 12-story apartment tower.', '12-story', 12, 'stories'],
    ['Neighbors fought the 22-lot subdivision.', '22-lot', 22, 'lots'],
    ['Parents toured the 480-student middle school.', '480-student', 480, 'students'],
    ['The ordinance sets a 300-permit cap on rentals.', '300-permit', 300, 'permits'],
    ['A 30-lorry convoy used the lane each day.', '30-lorry', 30, 'lorries'],
    ['You cannot walk a 120-cow herd across a cycleway.', '120-cow', 120, 'cows'],
    ['They handed in a 3,200-signature petition.', '3,200-signature', 3200, 'signatures'],
    ['The board opposed the 4,960-head hog confinement.', '4,960-head', 4960, 'head'],
    ['The plan was cut to a nine-turbine scheme.', 'nine-turbine', 9, 'turbines'],
    ['Staff walked the board through a 40-slide presentation.', '40-slide', 40, 'slides'],
    ['The sheriff wants a 19-deputy expansion.', '19-deputy', 19, 'deputies'],
    ['The council had recruited 46 extra trades staff since the autumn.', '46 extra trades staff', 46, 'staff'],
    ['The council also runs two additional support needs schools.', 'two additional support needs schools', 2, 'schools'],
    // Another size after a comma, then the thing.
    ['It will have a six-lane, 25-metre pool.', 'six-lane', 6, 'lanes'],
    // A plural possessive, a describing word, then the thing counted.
    ['The city has 468 lodgers’ tax registrations on file.', '468 lodgers’ tax registrations', 468, 'registrations'],
  ])('%s', (sentence, text, value, unit) => {
    expect(ofKind(sentence, 'count')).toEqual([[text, value, unit]]);
  });

  it.each([
    'She is one of the longest-serving members.',
    'He was the third councillor to resign.',
    'The meeting starts at 7pm.',
    'A briefing was held at No 10 yesterday.',
    'He was aged 54 when elected.',
    'See page 12 of the minutes.',
    'A section 106 agreements list was attached.',
    'A 54-year-old man was arrested.',
    'He is 30 years old.',
    'Residents of 10 Downing Street complained.',
    'In 2019 councillors voted for it.',
    'The 2024 elections were close.',
    'The district takes effect with 2025 assessed values serving as its base.',
    'The levy will appear on 2026 tax notices.',
    'The hearing into Plan Change 7 hears farmers on Monday.',
    'Covid-19 patients were moved.',
    '4 Basics of the budget.',
    'A 30-mile bus route was cut.',
    'It needs a two-thirds majority.',
    'A three-weekly bin collection.',
    'They backed a two-state solution.',
    'The two-child limit stays.',
    "He said 5 it's fine.",
    'Tom Reinholt, whose District 3 includes most of the homes, voted no.',
    'Precinct 7 polls closed early.',
  ])('no count in: %s', (sentence) => {
    expect(ofKind(sentence, 'count')).toEqual([]);
  });
});

describe('sizes written as compounds', () => {
  it.each([
    ['The council has a 4,500-strong staff.', '4,500-strong', 4500, 'staff'],
    ['A 30-strong crowd of residents gathered.', '30-strong', 30, 'crowd'],
    ['A 200-strong angry crowd gathered.', '200-strong', 200, 'crowd'],
    ['The group is 40-strong.', '40-strong', 40, null],
    ['A ten-strong panel will decide.', 'ten-strong', 10, 'panel'],
  ])('%s', (sentence, text, value, unit) => {
    expect(ofKind(sentence, 'count')).toEqual([[text, value, unit]]);
  });

  it('reads "£5,000-strong" as money, not a size', () => {
    expect(ofKind('A £5,000-strong fund.', 'count')).toEqual([]);
  });
});

describe('numbers that name, not count', () => {
  it.each([
    ['Voters renewed the levy for the county’s 911 dispatch center.'],
    ['911 levy passes'],
    ['Place 3 incumbent Rosa Lind faces a challenge.'],
    ['Under the state’s 1996 constitutional amendment governing fees, the rise stood.'],
    ['“We are doing this work with a 2019 staff,” she said.'],
  ])('%s', (sentence) => {
    expect(ofKind(sentence, 'count')).toEqual([]);
  });

  it('still counts after a lower-case "place"', () => {
    expect(ofKind('The council could place 40 families in hotels.', 'count')).toEqual([['40 families', 40, 'families']]);
  });
});
