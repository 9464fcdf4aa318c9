
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'h125881a718454a33': html`Llama al ${0} o acude al servicio de urgencias más cercano.`,
's03fef72bfd5e49ef': `Ve pronto a tu médico o matrona. No tiene que ser hoy, pero no lo dejes pasar.`,
's089f649935a7d98f': `Contacta hoy con tu médico, tu matrona o un servicio de atención urgente, aunque sea de noche o fin de semana.`,
's0b7f9444f1d0bae8': `Enrojecimiento que se extiende rápido por el pecho.`,
's0e23b7e98540d822': `Pide una cita`,
's1403ff3d67a45ae5': `Si te sientes muy mal, busca ayuda urgente ahora. Si tienes fiebre o el enrojecimiento se extiende, consulta hoy mismo.`,
's190526a1c038377c': `Un bulto firme y muy doloroso que parece lleno de líquido, con fiebre.`,
's3194c8f0d214b89b': `Llama al número de emergencias de tu zona o acude al servicio de urgencias más cercano.`,
's42a7f457b97bb458': str`Revisado según ${0} el ${1}.`,
's4d56502904ea51cc': `Encuentra atención cerca de ti`,
's5050c3e2d4bc03e0': `Tienes afectados los dos pechos.`,
's5d09ebb2656c8dff': `Te sientes muy mal: confusión, mareo o sensación de desmayo, respiración rápida, el corazón muy acelerado o escalofríos con temblores que no se calman.`,
's6c8c7da879d11b32': `Líneas rojas o enrojecimiento que se extiende.`,
's725cf94fdf3d640e': `Piel del pecho que se ve oscura, con ampollas o como si se estuviera muriendo.`,
's7b431b969a9151f9': str`Sin mejoría tras ${0} a ${1} horas de cuidados en casa.`,
's92c1f29536dc9ed5': `Bultos que vuelven a aparecer una y otra vez en el mismo sitio.`,
's981fdf460b145d96': `Respondiste que sí`,
's9cfc778be5626f6a': `Un pezón agrietado que parece infectado.`,
'sa63e85f4919f0435': `Ver todas las señales de alarma`,
'sa73605d8aec1b905': `Esta es información general, no un diagnóstico. Si te preocupa algo, confía en ti y consulta a un profesional de la salud.`,
'saa02943c2527d265': `Pus o sangre en la leche.`,
'sae42dee3a754b03a': `Un bulto que dura más de una semana o que no parece tener relación con la lactancia.`,
'sc2ac4382e1ee8734': str`Tomas antibióticos y no mejoras después de ${0} horas.`,
'sc4883d2048b9e04f': str`Tu bebé tiene menos de ${0} semanas y tú tienes fiebre.`,
'sccea44a63264a635': `Busca ayuda urgente ahora`,
'sce7eeef882389ded': `Cuándo pedir ayuda`,
'seddabf62fedb59d1': `Consulta hoy mismo`,
'sfde28611f1f2475f': str`Temperatura de ${0} °C (${1} °F) o más, o escalofríos y dolores como de gripe.`,
    };
  