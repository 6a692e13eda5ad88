### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: kmr (Kurdish (Kurmanji), Kurmancî)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = Banga vîdyoyî hat rezervekirin: { $when }
msg-subject-reminder = Bîrxistin: banga vîdyoyî di { $when } de
msg-subject-cancellation = Banga vîdyoyî hat betalkirin: { $when }
msg-subject-displacement = Banga vîdyoyî nikare pêk were: { $when }
msg-invitation-intro = Tu ji bo banga vîdyoyî ya bi kesekî ku li navenda derxistina koçberan tê girtin re hatî vexwendin.
msg-reminder-intro = Banga te ya vîdyoyî ya bi kesekî ku li navenda derxistina koçberan tê girtin re zû dest pê dike.
msg-when = Dîrok û dem (dema Keyaniya Yekbûyî): ji { $when } heta { $end }.
msg-kind-social = Ev bangeke civakî ye.
msg-kind-legal = Ev bangeke hiqûqî ye.
msg-link = Bi vê girêdanê di her gerokeke webê de beşdar bibe:
msg-code = Koda banga te: { $code }
msg-camera = Geroka te dê destûra bikaranîna kamera û mîkrofona te bixwaze: ji kerema xwe destûrê bide herduyan.
msg-adult = Berî ku bang dest pê bike, efserek kontrol dike ku kesekî mezin amade ye.
msg-legal-private = Banga hiqûqî taybet e: karmend lê temaşe nakin û guhdarî nakin.
msg-social-supervised = Dibe ku karmend çavdêriya banga civakî bikin; nepeniya te bi qasî ku gengaz be tê parastin.
msg-no-record = Bangê tomar neke.
msg-cancelled = Banga vîdyoyî ya ji bo { $when } hatî rezervekirin hat betalkirin. Girêdan êdî naxebite.
msg-displaced = Banga vîdyoyî ya ji bo { $when } hatî rezervekirin nikare pêk were: bangeke hiqûqî cihê wê hewce dike.
msg-next-free = Dema vala ya din { $next } e. Kesê ku te dixwest bigerî dikare wê bi efserekî re rezerve bike.
msg-no-free = Kesê ku te dixwest bigerî dikare bi efserekî re demeke din rezerve bike.
msg-footer = Ev peyam bixweber ji aliyê xizmeta bangên vîdyoyî ya navendê ve hat şandin. Ji kerema xwe bersiv nede.
