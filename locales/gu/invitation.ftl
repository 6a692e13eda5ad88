### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: gu (Gujarati, ગુજરાતી)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = વીડિયો કૉલ બુક થયો: { $when }
msg-subject-reminder = યાદ અપાવવું: { $when } એ વીડિયો કૉલ
msg-subject-cancellation = વીડિયો કૉલ રદ થયો: { $when }
msg-subject-displacement = વીડિયો કૉલ થઈ શકશે નહીં: { $when }
msg-invitation-intro = તમને ઇમિગ્રેશન રિમૂવલ સેન્ટરમાં રાખવામાં આવેલી એક વ્યક્તિ સાથે વીડિયો કૉલ માટે આમંત્રણ છે.
msg-reminder-intro = ઇમિગ્રેશન રિમૂવલ સેન્ટરમાં રાખવામાં આવેલી એક વ્યક્તિ સાથે તમારો વીડિયો કૉલ જલદી શરૂ થશે.
msg-when = તારીખ અને સમય (યુકે સમય): { $when } થી { $end } સુધી.
msg-kind-social = આ એક સામાજિક કૉલ છે.
msg-kind-legal = આ એક કાનૂની કૉલ છે.
msg-link = કોઈ પણ વેબ બ્રાઉઝરમાં આ લિંકથી જોડાઓ:
msg-code = તમારો કૉલ કોડ: { $code }
msg-camera = તમારું બ્રાઉઝર તમારા કૅમેરા અને માઇક્રોફોનનો ઉપયોગ કરવાની પરવાનગી માંગશે: કૃપા કરીને બંનેની પરવાનગી આપો.
msg-adult = કૉલ શરૂ થાય તે પહેલાં એક અધિકારી તપાસે છે કે કોઈ પુખ્ત વ્યક્તિ હાજર છે.
msg-legal-private = કાનૂની કૉલ ખાનગી હોય છે: સ્ટાફ તેને જોતો કે સાંભળતો નથી.
msg-social-supervised = સ્ટાફ સામાજિક કૉલની દેખરેખ રાખી શકે છે; શક્ય હોય ત્યાં સુધી તમારી ગોપનીયતાનું સન્માન થાય છે.
msg-no-record = કૉલ રેકોર્ડ કરશો નહીં.
msg-cancelled = { $when } માટે બુક કરેલો વીડિયો કૉલ રદ કરવામાં આવ્યો છે. લિંક હવે કામ કરતી નથી.
msg-displaced = { $when } માટે બુક કરેલો વીડિયો કૉલ થઈ શકશે નહીં: એક કાનૂની કૉલને તેની જગ્યા જોઈએ છે.
msg-next-free = આગળનો ખાલી સમય { $next } છે. તમે જેમને કૉલ કરવાના હતા તે વ્યક્તિ કોઈ અધિકારી સાથે તે બુક કરી શકે છે.
msg-no-free = તમે જેમને કૉલ કરવાના હતા તે વ્યક્તિ કોઈ અધિકારી સાથે બીજો સમય બુક કરી શકે છે.
msg-footer = આ સંદેશ સેન્ટરની વીડિયો કૉલ સેવા દ્વારા આપમેળે મોકલવામાં આવ્યો છે. કૃપા કરીને જવાબ આપશો નહીં.
