### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: so (Somali, Soomaali)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = Wicitaan muuqaal ah ayaa la ballansaday: { $when }
msg-subject-reminder = Xusuusin: wicitaan muuqaal ah { $when }
msg-subject-cancellation = Wicitaanka muuqaalka waa la joojiyay: { $when }
msg-subject-displacement = Wicitaanka muuqaalka ma dhici karo: { $when }
msg-invitation-intro = Waxaa lagugu casuumay wicitaan muuqaal ah oo lala yeelanayo qof lagu hayo xarunta masaafurinta muhaajiriinta.
msg-reminder-intro = Wicitaankaaga muuqaalka ah ee aad la yeelanayso qof lagu hayo xarunta masaafurinta muhaajiriinta ayaa dhawaan bilaabanaya.
msg-when = Taariikhda iyo waqtiga (waqtiga UK): { $when } ilaa { $end }.
msg-kind-social = Kani waa wicitaan bulsho.
msg-kind-legal = Kani waa wicitaan sharci.
msg-link = Ku soo biir iyadoo aad isticmaalayso xiriirkan biraawsar kasta:
msg-code = Koodka wicitaankaaga: { $code }
msg-camera = Biraawsarkaagu wuxuu weydiin doonaa inuu isticmaalo kamaradaada iyo makarafoonkaaga: fadlan labadaba u oggolow.
msg-adult = Ka hor inta uusan wicitaanku bilaaban, sarkaal ayaa hubiya in qof weyn uu joogo.
msg-legal-private = Wicitaanka sharcigu waa qarsoodi: shaqaaluhu ma daawadaan mana dhageystaan.
msg-social-supervised = Shaqaaluhu waxay kormeeri karaan wicitaanka bulshada; asturnaantaada waa la ixtiraamaa inta suurtagal ah.
msg-no-record = Ha duubin wicitaanka.
msg-cancelled = Wicitaanka muuqaalka ee loo ballansaday { $when } waa la joojiyay. Xiriirku hadda ma shaqeeyo.
msg-displaced = Wicitaanka muuqaalka ee loo ballansaday { $when } ma dhici karo: wicitaan sharci ayaa u baahan meeshiisa.
msg-next-free = Waqtiga bannaan ee xiga waa { $next }. Qofka aad wacaysay wuxuu ku ballansan karaa sarkaal.
msg-no-free = Qofka aad wacaysay wuxuu sarkaal kula ballansan karaa waqti kale.
msg-footer = Fariintan waxaa si toos ah u soo diray adeegga wicitaannada muuqaalka ee xarunta. Fadlan ha ka jawaabin.
