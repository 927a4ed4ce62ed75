const m=468,a=[468],l={3468:((e,t,n)=>{n.r(t),n.d(t,{default:()=>o});var d=n(9673);async function o(s){await(0,d.Xm)(s)}})};export{m as id,a as ids,l as modules};
