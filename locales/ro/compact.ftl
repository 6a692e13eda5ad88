### Kinline — DSO 01/2020 Annex A: video calls compact
### language: ro (Romanian, Română)
### version: annex-a-2020.1
### translator: machine draft by the Kinline team
### reviewed: no

compact-title = Apeluri video: acord de utilizare
compact-intro = Înainte să puteți folosi apelurile video, trebuie să înțelegeți regulile de mai jos și să semnați, pentru a confirma că sunteți de acord cu ele.

## Rules

rule-no-recording-log = Nu se face nicio înregistrare video sau audio a apelului video, iar noi notăm doar data, ora și durata apelului dumneavoastră.
rule-privacy-supervision = Intimitatea dumneavoastră va fi respectată cât mai mult posibil în timpul apelului, dar personalul poate urmări apelurile video ca să le supravegheze.
# $minutes (Number) - length of one slot, set by the centre (30 to 60).
rule-slots = Sesiunile sunt disponibile în intervale de { $minutes } de minute.
rule-dress = Persoanele reținute și persoanele cu care vorbesc prin apel video trebuie să fie îmbrăcate corespunzător, de exemplu nu în costum de baie sau în lenjerie intimă.
rule-terminate-breach = Personalul care supraveghează are dreptul să oprească apelul video dacă regulile de utilizare nu sunt respectate sau dacă securitatea centrului este pusă în pericol.
rule-body-cameras = Personalul care supraveghează poate folosi camere purtate pe corp pentru a înregistra orice încălcare a regulilor de utilizare, fie de către persoana reținută, fie de către persoana de la celălalt capăt al apelului.
rule-police-referral = Orice dovadă că s-a comis o infracțiune va fi trimisă la poliție.
rule-no-recording-publish = Este interzisă înregistrarea apelurilor video în orice fel, cu sunet sau cu imagine, precum și publicarea lor, inclusiv încărcarea pe un site precum YouTube; dacă există dovezi de înregistrare, apelul va fi oprit, iar dovezile vor fi trimise la poliție.
rule-terminate-behaviour = Un apel video va fi oprit dacă se folosește limbaj vulgar sau jignitor, dacă există comportament sexual sau orice comportament pe care personalul care supraveghează îl consideră nepotrivit.
rule-breach-ban = Încălcarea regulilor de utilizare poate duce la interdicția de a programa apeluri video în viitor.

## Code of conduct

conduct-must-heading = Trebuie să:
must-respect = țineți cont de ceilalți utilizatori și să-i respectați.
must-report-concerns = spuneți unui membru al personalului orice îngrijorare legată de apel.
must-cooperate = cooperați tot timpul cu persoana care supraveghează și să respectați orice instrucțiuni primite.
must-report-breach = anunțați imediat firma care administrează centrul despre orice încălcare a acestor reguli, făcută de dumneavoastră sau de alții.
conduct-must-not-heading = Nu aveți voie să:
must-not-unlawful = folosiți serviciul de apeluri video pentru vreo activitate ilegală.
must-not-settings = configurați sau schimbați setările echipamentului.
must-not-offensive = partajați ecranul sau să arătați materiale ilegale sau care ar putea jigni pe alții, inclusiv materiale pornografice, rasiste sau homofobe.
must-not-record = înregistrați apelul; orice dovadă că un apel video este înregistrat de altă persoană va duce la oprirea apelului.

## Agreement

agreement-heading = Acord
agreement-read = Am citit și înțeleg aceste reguli despre folosirea apelurilor video și sunt de acord să respect termenii și condițiile lor.
agreement-suspension = Înțeleg că orice încălcare a acestor reguli poate duce la suspendarea accesului meu la serviciul de apeluri video.
agreement-police = Înțeleg și că orice încercare de a face o activitate ilegală va fi raportată la poliție și poate duce la urmărire penală.
