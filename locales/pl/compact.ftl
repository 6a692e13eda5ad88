### Kinline — DSO 01/2020 Annex A: video calls compact
### language: pl (Polish, polski)
### version: annex-a-2020.1
### translator: machine draft by the Kinline team
### reviewed: no

compact-title = Rozmowy wideo: umowa o korzystaniu
compact-intro = Zanim otrzymasz dostęp do rozmów wideo, musisz zrozumieć poniższe zasady i podpisać, że się na nie zgadzasz.

## Rules

rule-no-recording-log = Nie nagrywamy obrazu ani dźwięku z rozmowy wideo, a zapisujemy tylko datę, godzinę i długość twojej rozmowy.
rule-privacy-supervision = Podczas rozmowy szanujemy twoją prywatność, na ile to możliwe, ale personel może obserwować rozmowy wideo, aby je nadzorować.
# $minutes (Number) - length of one slot, set by the centre (30 to 60).
# Worded to avoid Polish plural agreement with the number (minut / minuty).
rule-slots = Długość jednej sesji w minutach: { $minutes }.
rule-dress = Osoby zatrzymane i osoby, z którymi rozmawiają przez wideo, powinny być odpowiednio ubrane, na przykład nie w stroju kąpielowym ani w bieliźnie.
rule-terminate-breach = Personel nadzorujący ma prawo zakończyć rozmowę wideo, jeśli zasady korzystania zostaną złamane lub bezpieczeństwo ośrodka będzie zagrożone.
rule-body-cameras = Personel nadzorujący może używać kamer noszonych na ciele, aby nagrać każde złamanie zasad korzystania przez osobę zatrzymaną lub przez osobę po drugiej stronie rozmowy.
rule-police-referral = Każdy dowód popełnienia przestępstwa zostanie przekazany policji.
rule-no-recording-publish = Rozmów wideo nie wolno w żaden sposób nagrywać, ani dźwięku, ani obrazu, ani publikować, w tym wrzucać na strony internetowe takie jak YouTube; jeśli będą dowody nagrywania, rozmowa zostanie zakończona, a dowody zostaną przekazane policji.
rule-terminate-behaviour = Rozmowa wideo zostanie zakończona z powodu wulgarnego lub obraźliwego języka, zachowań o charakterze seksualnym lub każdego zachowania, które personel nadzorujący uzna za niewłaściwe.
rule-breach-ban = Złamanie zasad korzystania może skończyć się zakazem rezerwowania rozmów wideo w przyszłości.

## Code of conduct

conduct-must-heading = Musisz:
must-respect = pamiętać o innych użytkownikach i szanować ich.
must-report-concerns = mówić pracownikowi o wszystkim, co niepokoi cię w związku z rozmową.
must-cooperate = zawsze współpracować z osobą nadzorującą i wykonywać wszystkie wydane polecenia.
must-report-breach = bez zwłoki zgłaszać firmie prowadzącej ośrodek każde złamanie tych zasad, przez ciebie lub przez innych.
conduct-must-not-heading = Nie wolno ci:
must-not-unlawful = używać usługi rozmów wideo do żadnych działań niezgodnych z prawem.
must-not-settings = konfigurować ani zmieniać żadnych ustawień sprzętu.
must-not-offensive = udostępniać swojego ekranu ani pokazywać żadnych materiałów, które są niezgodne z prawem lub mogą obrazić innych, w tym materiałów pornograficznych, rasistowskich lub homofobicznych.
must-not-record = nagrywać rozmowy; każdy dowód, że rozmowa wideo jest nagrywana przez inną osobę, spowoduje zakończenie rozmowy.

## Agreement

agreement-heading = Zgoda
# Worded without a past-tense verb so that it fits both men and women.
agreement-read = Potwierdzam, że znam i rozumiem te zasady korzystania z rozmów wideo i zgadzam się przestrzegać ich warunków.
agreement-suspension = Rozumiem, że złamanie tych zasad może spowodować zawieszenie mojego dostępu do usługi rozmów wideo.
agreement-police = Rozumiem również, że każda próba działania niezgodnego z prawem zostanie zgłoszona policji i może skończyć się postępowaniem karnym.
